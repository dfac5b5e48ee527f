using ChildSafety.Core.Organizations;
using ChildSafety.Core.Text;
using ChildSafety.Core.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ChildSafety.Training.Certificates;

/// <summary>/my/certificates/{serial}.pdf: the holder's own certificate as a printable A4 page; anyone else's is a 404.</summary>
internal static class CertificatePdfEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/my/certificates/{serial}.pdf", DownloadAsync).RequireAuthorization(TrainingPermissions.TakeTraining.PolicyName);

    private static async Task<IResult> DownloadAsync(string serial, HttpContext http, CallerScopeAccessor scopes, Certificates certificates, PublicUrls urls, CancellationToken cancellationToken)
    {
        var caller = await scopes.GetAsync(http.User, cancellationToken);
        var certificate = await certificates.FindAsync(serial, cancellationToken);
        if (caller is null || certificate is null || certificate.PersonId != caller.PersonId)
        {
            return Results.NotFound();
        }
        var print = new CertificatePrint(certificate.FullName, certificate.CourseTitle, certificate.OrganizationName, certificate.Serial,
            VietnamTime.DateOf(certificate.IssuedAt), VietnamTime.DateOf(certificate.ExpiresAt),
            new Uri(urls.Absolute(http.Request, $"/verify/{certificate.Serial}")));
        return Results.File(CertificateDocument.Render(print), "application/pdf", $"{certificate.Serial}.pdf");
    }
}
