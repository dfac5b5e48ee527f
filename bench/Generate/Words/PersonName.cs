using ChildSafety.Core.Text;

namespace ChildSafety.Bench.Generate.Words;

public sealed record PersonName(string Family, string Middle, string Given)
{
    public string Full => $"{Family} {Middle} {Given}";

    /// <summary>The usual school e-mail local part: given name, then the initials of family and middle name ("lannt").</summary>
    public string MailName => Folding.Fold(Given) + Folding.Fold(Family)[0] + Folding.Fold(Middle)[0];
}
