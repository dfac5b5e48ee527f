namespace ChildSafety.Site.Security;

/// <summary>
/// Adds the browser-side protections to every response, including static files and re-executed error pages: they
/// are set when the response starts, so nothing later in the pipeline can drop them.
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next, ContentSecurityPolicy policy)
{
    public const string PermissionsPolicy = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = policy.Value;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = PermissionsPolicy;
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers.XFrameOptions = "DENY";
            return Task.CompletedTask;
        });
        return next(context);
    }
}
