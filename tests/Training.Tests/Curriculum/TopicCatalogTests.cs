using ChildSafety.Core.Organizations;

namespace ChildSafety.Training.Tests.Curriculum;

public class TopicCatalogTests
{
    [Fact]
    public void The_shipped_taxonomy_holds_the_nine_topics_of_the_directives_with_descriptions_and_grades()
    {
        string[] codes =
        [
            "sexual-abuse-prevention", "school-violence", "online-safety", "self-protection", "hotline-111", "drugs",
            "traffic-safety", "ethics-lifestyle", "children-rights",
        ];

        var catalog = Taxonomy.Shipped;

        Assert.Equal(codes, catalog.All.Select(t => t.Code));
        Assert.All(catalog.All, t => Assert.True(t.Description.Length > 0 && t.NameEn.Length > 0 && t.SuggestedGrades.Count > 0, t.Code));
        Assert.Equal("An toàn trên không gian mạng", catalog.Find("online-safety")!.Name);
        Assert.Contains(Grades.Nursery, catalog.Find("self-protection")!.SuggestedGrades);
        Assert.False(catalog.IsKnown("khong-co"));
    }

    [Theory]
    [InlineData("7", 7)]
    [InlineData("Lớp 12", 12)]
    [InlineData("lop 1", 1)]
    [InlineData("NT", -3)]
    [InlineData("Mẫu giáo lớn", 0)]
    [InlineData("mgn", -1)]
    public void Grades_are_read_as_numbers_codes_or_names(string text, int grade)
    {
        Assert.True(Grades.TryParse(text, out var read));
        Assert.Equal(grade, read);
    }

    [Theory]
    [InlineData("13")]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("lớp")]
    [InlineData("")]
    public void Other_grades_are_refused(string text) => Assert.False(Grades.TryParse(text, out _));
}
