// Load on the teacher's quiz path, through the real pages as a browser drives them.
//
// Each of --concurrency teachers (accounts from --users, one e-mail a line, all with --password) signs in through
// /account/login with the page's antiforgery token and its own cookies, accepts the code of conduct if the site
// asks, and lists the courses open to them on /training. Then, for --duration seconds, every teacher takes quizzes
// one after another: reads the course's lessons (once per course), starts an attempt and loads its page, which
// carries every question, then saves each answer as the page's script does — a POST to the form's data-save
// address, one durable write answered 204 once committed — then loads the review and POSTs the final submit (score, and on a pass
// the certificate, in one transaction) and loads the result.
//
// Attempts do not run out: a teacher answers the first two attempts of each course wrongly on purpose and passes the
// third (the generated courses allow three), then moves on to the next course listed. A teacher with no course left
// stops and is counted as exhausted: size --users and --duration so that none is. Each teacher starts the run at a
// random point of a course's three attempts, the answers before it given while preparing, unmeasured: begun at the
// same question, the 200 reached the review, the next start and the next course's lessons in the same second, again
// and again, and those waves of page loads, not the submissions, made the measured lateness.
//
// With --rate R the teachers are paced to offer R submissions a second together: each has a slot every
// concurrency / R seconds and waits for it (see Pace). Without it, each sends the next submission at once. Closed loop, 200 teachers and zero wait tie rate and latency together
// (Little's law: at 1,000/s each of them waits 200 ms per submission on average), so "1,000/s with 200 users, p95
// under 100 ms" is a paced figure.
//
// Counted: every answer save and final submit the site committed (204, or a redirect to the result) and its
// latency, from its slot (paced) or from sending the POST (unpaced) to the full response; the page loads in between
// are not timed, but a page load that makes a teacher miss a slot shows as the next submission's latency. Anything
// else a POST answers (an error status, a refusal, a redirect elsewhere) is an error.
//
//   dotnet ChildSafety.Bench.QuizLoad.dll --url http://127.0.0.1:5000 --users emails.txt [--password P]
//                                         [--concurrency 200] [--duration 30] [--rate 1000]
// The last line printed is for scripts: "RESULT rate=<submissions/s> p95=<ms> submits=<final submits/s> errors=<n>".
using System.Diagnostics;
using System.Globalization;
using ChildSafety.Bench.QuizLoad;

var options = LoadOptions.From(args);
using var stop = new CancellationTokenSource(options.Duration + TimeSpan.FromMinutes(5));

var prepare = Stopwatch.StartNew();
var teachers = new List<Teacher>();
var candidates = options.Emails.Select(email => new Teacher(options, email)).ToList();
var next = 0;
await Task.WhenAll(Enumerable.Range(0, 16).Select(async _ =>
{
    while (true)
    {
        Teacher candidate;
        lock (candidates)
        {
            if (teachers.Count >= options.Concurrency || next >= candidates.Count)
            {
                return;
            }
            candidate = candidates[next++];
        }
        if (await PrepareAsync(candidate))
        {
            lock (candidates)
            {
                teachers.Add(candidate);
            }
        }
    }
}));
teachers = teachers.Take(options.Concurrency).ToList();

// A teacher whose sign-in or first pages time out on a loaded machine is passed over like one with no quiz, rather
// than ending the whole run before it starts.
async Task<bool> PrepareAsync(Teacher candidate)
{
    try
    {
        return await candidate.PrepareAsync(stop.Token);
    }
    catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
    {
        Console.WriteLine($"quiz load: {candidate.Email} not ready: {e.Message}");
        return false;
    }
}
Console.WriteLine($"{teachers.Count} teachers signed in and ready of {next} tried, in {prepare.Elapsed.TotalSeconds:F1} s");
if (teachers.Count < options.Concurrency)
{
    Console.WriteLine($"quiz load: only {teachers.Count} of {options.Concurrency} teachers could take a quiz");
    return 1;
}

var run = Stopwatch.StartNew();
var deadline = Stopwatch.GetTimestamp() + (long)(options.Duration.TotalSeconds * Stopwatch.Frequency);
await Task.WhenAll(teachers.Select(t => Task.Run(() => t.RunAsync(deadline, stop.Token))));
// Per second of the run: every slot of a paced run lies within it, and a site that keeps up answers one submission a
// slot; the time it takes after the deadline to answer the last ones sent is not the run's.
var seconds = options.Duration.TotalSeconds;

var all = Tally.Merge(teachers.Select(t => t.Tally));
var latencies = all.SaveMilliseconds.Concat(all.SubmitMilliseconds).Order().ToList();
var submits = all.SubmitMilliseconds.Order().ToList();
var rate = latencies.Count / seconds;
var p95 = Tally.Percentile(latencies, 0.95);
string Ms(double v) => v.ToString("F1", CultureInfo.InvariantCulture);
var offered = options.Rate is { } target ? $", {target:F0}/s offered" : ", unpaced";
Console.WriteLine($"{latencies.Count:N0} submissions in {seconds:F1} s (the last answered at {run.Elapsed.TotalSeconds:F1} s) with {teachers.Count} teachers{offered}: {rate:F0}/s " +
    $"({all.SaveMilliseconds.Count:N0} answer saves, {submits.Count:N0} final submits = {submits.Count / seconds:F1}/s)");
Console.WriteLine($"latency of all: p50 {Ms(Tally.Percentile(latencies, 0.5))} ms, p95 {Ms(p95)} ms, p99 {Ms(Tally.Percentile(latencies, 0.99))} ms; " +
    $"of final submits: p50 {Ms(Tally.Percentile(submits, 0.5))} ms, p95 {Ms(Tally.Percentile(submits, 0.95))} ms");
Console.WriteLine($"errors {all.Errors}; teachers with no course left {all.Exhausted}");
foreach (var sample in all.ErrorSamples)
{
    Console.WriteLine($"  error: {sample}");
}
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"RESULT rate={rate:F0} p95={p95:F1} submits={submits.Count / seconds:F1} errors={all.Errors} exhausted={all.Exhausted}"));
foreach (var teacher in candidates)
{
    teacher.Dispose();
}
return 0;
