namespace ChildSafety.Training.Audit.Indicators;

/// <summary>
/// The seven indicators of the directives. Those with an <see cref="IIndicator"/> registered are computed; the others
/// are listed as having no data yet, never with a made-up figure. A feature that brings their records registers its
/// indicator with the same key and the entry here stops showing.
/// </summary>
public static class IndicatorCatalog
{
    public static IReadOnlyList<PendingIndicator> All { get; } =
    [
        new(1, AwarenessIndicator.IndicatorKey, "Trường tổ chức tuyên truyền cho cán bộ, giáo viên, nhân viên và học sinh"),
        new(2, CertificateIndicator.IndicatorKey, "Cán bộ, giáo viên, nhân viên có chứng nhận tập huấn còn hiệu lực"),
        new(3, ConductIndicator.IndicatorKey, "Cán bộ, giáo viên, nhân viên đã xác nhận quy tắc ứng xử đang có hiệu lực"),
        new(4, PublicityIndicator.IndicatorKey, "Trường công khai Tổng đài 111 và kênh tiếp nhận thông tin"),
        new(5, OnlineSafetyIndicator.IndicatorKey, "Trường tiểu học, trung học đã dạy an toàn trên mạng trong học kỳ"),
        new(6, IntegrationIndicator.IndicatorKey, "Trường có kế hoạch lồng ghép đủ các chủ đề bắt buộc"),
        new(7, CommitmentIndicator.IndicatorKey, "Trường đã ký cam kết với gia đình học sinh trong năm học"),
    ];

    /// <summary>The catalogue's entries no registered indicator computes.</summary>
    public static IReadOnlyList<PendingIndicator> Pending(IEnumerable<IIndicator> computed)
    {
        var keys = computed.Select(i => i.Key).ToHashSet(StringComparer.Ordinal);
        return All.Where(p => !keys.Contains(p.Key)).ToList();
    }
}
