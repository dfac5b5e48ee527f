using System.Globalization;

namespace ChildSafety.Bench.QuizLoad;

/// <summary>
/// Where the site is, whose accounts to use and how hard to press:
/// <c>--url http://127.0.0.1:5000 --users FILE --password P --concurrency 200 --duration 30 [--rate 1000]</c>.
/// The users file holds one e-mail address a line; the tool uses the first <c>--concurrency</c> that can take a quiz.
/// With <c>--rate</c> the teachers together offer that many submissions a second (see <see cref="Pace"/>); without
/// it each sends the next as soon as the last is answered.
/// </summary>
public sealed record LoadOptions(Uri Site, IReadOnlyList<string> Emails, string Password, int Concurrency, TimeSpan Duration, double? Rate)
{
    /// <summary>The time between one teacher's submissions, or null when unpaced.</summary>
    public TimeSpan? Interval => Rate is { } rate ? TimeSpan.FromSeconds(Concurrency / rate) : null;

    public static LoadOptions From(string[] args)
    {
        var values = new Dictionary<string, string>();
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            values[args[i]] = args[i + 1];
        }
        string Get(string name, string? fallback = null) =>
            values.GetValueOrDefault(name) ?? fallback ?? throw new ArgumentException($"{name} is required.");
        var emails = File.ReadAllLines(Get("--users")).Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        return new LoadOptions(
            new Uri(Get("--url")),
            emails,
            Get("--password", "ChildSafety!2026"),
            int.Parse(Get("--concurrency", "200"), CultureInfo.InvariantCulture),
            TimeSpan.FromSeconds(double.Parse(Get("--duration", "30"), CultureInfo.InvariantCulture)),
            values.TryGetValue("--rate", out var rate) ? double.Parse(rate, CultureInfo.InvariantCulture) : null);
    }
}
