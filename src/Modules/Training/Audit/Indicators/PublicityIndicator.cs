using ChildSafety.Core.Content;
using Microsoft.Extensions.Localization;

namespace ChildSafety.Training.Audit.Indicators;

/// <summary>
/// Indicator 4: schools and centres with a published item of their own naming hotline 111 and a reporting channel
/// before the figures' day; the Content module decides what counts as such an item (<see cref="ISchoolPublicity"/>).
/// </summary>
public sealed class PublicityIndicator(ISchoolPublicity publicity, IStringLocalizer<TrainingText> text) : IIndicator
{
    public const string IndicatorKey = "hotline";

    public string Key => IndicatorKey;

    public int Number => 4;

    public string Title => IndicatorCatalog.All.Single(i => i.Key == IndicatorKey).Title;

    public IndicatorSubject Subject => IndicatorSubject.Schools;

    public async Task<IndicatorFigures> ComputeAsync(AuditTree tree, AuditPeriod period, CancellationToken cancellationToken)
    {
        var publicising = (await publicity.PublicisingAsync(tree.Root.Path, period.Cutoff, cancellationToken).ConfigureAwait(false))
            .Select(e => e.OrganizationId).ToHashSet();
        return new IndicatorFigures(tree.Schools.ToDictionary(s => s.Id, s => new Fraction(publicising.Contains(s.Id) ? 1 : 0, 1)));
    }

    public async Task<IReadOnlyList<IndicatorEntry>> EntriesAsync(AuditUnit unit, AuditPeriod period, CancellationToken cancellationToken)
    {
        var evidence = (await publicity.PublicisingAsync(unit.Path, period.Cutoff, cancellationToken).ConfigureAwait(false))
            .Where(e => e.OrganizationId == unit.Id)
            .ToList();
        return evidence.Count == 0
            ? [new IndicatorEntry(unit.Name, text["Chưa có bài đăng nào của đơn vị nêu Tổng đài 111 và kênh tiếp nhận thông tin"], false, null)]
            : evidence.Select(e => new IndicatorEntry(e.Title, text["Bài đăng công khai"], true, e.PublishedAt, e.Url)).ToList();
    }
}
