using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace ChildSafety.Site.Pages;

/// <summary>Every error a visitor can meet, in plain words and without a stack trace.</summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel(IStringLocalizer<SiteText> text) : PageModel
{
    public string Title { get; private set; } = "";

    public string Message { get; private set; } = "";

    public void OnGet() => Describe();

    public void OnPost() => Describe();

    /// <summary>
    /// The status comes from the re-executed request or the query string, never from a bound form: a form that could
    /// not be read (oversized, malformed) is why some requests end up here, and reading it again would fail again.
    /// </summary>
    private void Describe()
    {
        var status = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalStatusCode
            ?? (int.TryParse(Request.Query["code"], out var code) ? code : 500);
        Response.StatusCode = status;
        (Title, Message) = status switch
        {
            404 => (text["Không tìm thấy trang"], text["Trang bạn tìm không có hoặc đã được chuyển đi."]),
            403 => (text["Không có quyền truy cập"], text["Bạn không có quyền xem trang này."]),
            400 => (text["Yêu cầu không hợp lệ"], text["Biểu mẫu đã hết hạn hoặc dữ liệu gửi lên không hợp lệ. Hãy tải lại trang và thử lại."]),
            413 => (text["Tệp quá lớn"], text["Tệp gửi lên vượt quá dung lượng cho phép."]),
            429 => (text["Quá nhiều yêu cầu"], text["Bạn đã gửi quá nhiều yêu cầu. Hãy đợi một lát rồi thử lại."]),
            _ => (text["Đã có lỗi xảy ra"], text["Hệ thống gặp sự cố khi xử lý yêu cầu. Dữ liệu bạn đã lưu không bị mất; hãy thử lại sau ít phút."]),
        };
    }
}
