using ChildSafety.Training.Curriculum;

namespace ChildSafety.Training.Tests.Curriculum;

public class SubjectsTests
{
    [Fact]
    public void A_subject_matches_only_within_its_level_and_activities_match_everywhere()
    {
        Assert.Equal("Giáo dục kinh tế và pháp luật", Subjects.Match("giao duc kinh te va phap luat", 11));
        Assert.Null(Subjects.Match("Giáo dục kinh tế và pháp luật", 7));
        Assert.Equal("Tự nhiên và Xã hội", Subjects.Match("Tự nhiên và xã hội", 2));
        Assert.Equal("Chào cờ", Subjects.Match("chào cờ", 0));
        Assert.Null(Subjects.Match("", 5));
    }
}
