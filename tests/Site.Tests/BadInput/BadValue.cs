namespace ChildSafety.Site.Tests.BadInput;

/// <summary>
/// One entry of the corpus. <see cref="MustChangeNothing"/>: no form may accept it, so the database must be the same
/// after the post; the others may be legitimate text somewhere (a name may contain an apostrophe) and must only
/// never break the site or come back unencoded.
/// </summary>
public sealed record BadValue(string Name, string Value, bool MustChangeNothing)
{
    public override string ToString() => Name;

    public static readonly IReadOnlyList<BadValue> Corpus =
    [
        new("script injection", "<script>alert('xss')</script>\"><img src=x onerror=alert(1)>", false),
        new("SQL metacharacters", "' OR '1'='1'; DROP TABLE \"AspNetUsers\"; --", false),
        new("path traversal", "../../../../etc/passwd%00.jpg", false),
        new("formula injection", "=HYPERLINK(\"http://evil.example\",\"bấm\")", false),
        new("Vietnamese in NFD", "Nguye\u0302\u0303n Thi\u0323 Ha\u0300", false),
        new("control characters", "abc\u0000def\u001b[31m\u202Eevil", false),
        new("negative number", "-2147483649", false),
        new("huge number", "99999999999999999999999999999999", false),
        new("very long text", string.Concat(Enumerable.Repeat("Trường học an toàn ", 12_000)), true),
    ];
}
