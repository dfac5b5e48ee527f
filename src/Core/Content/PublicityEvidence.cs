namespace ChildSafety.Core.Content;

/// <summary>A published item of an organization that names hotline 111 and a reporting channel; <see cref="Url"/> is site-relative.</summary>
public sealed record PublicityEvidence(int OrganizationId, string Title, string Url, DateTimeOffset PublishedAt);
