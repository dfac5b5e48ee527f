using System.Text;
using ChildSafety.Core.Text;

namespace ChildSafety.Training.Courses;

/// <summary>"An toàn trên môi trường mạng" → "an-toan-tren-moi-truong-mang".</summary>
public static class CourseSlugs
{
    public static string From(string title)
    {
        var slug = new StringBuilder();
        foreach (var c in Folding.Fold(title))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }
        var text = slug.ToString().Trim('-');
        return text.Length == 0 ? "khoa-hoc" : text[..Math.Min(text.Length, 150)];
    }
}
