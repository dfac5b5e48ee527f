// Live preview for the content editor: the page works without this file (the "Xem trước" button renders on the
// server); with it, the preview follows the typing. The server renders and sanitizes; this only places the result.
(function () {
    "use strict";
    var form = document.getElementById("content-form");
    if (!form) { return; }
    var body = form.querySelector("[data-live-preview]");
    var target = body && document.getElementById(body.getAttribute("data-live-preview"));
    if (!body || !target) { return; }
    var timer = null;
    var latest = 0;
    body.addEventListener("input", function () {
        clearTimeout(timer);
        timer = setTimeout(function () {
            var ticket = ++latest;
            var data = new FormData();
            data.append("body", body.value);
            var token = form.querySelector("input[name='__RequestVerificationToken']");
            if (token) { data.append("__RequestVerificationToken", token.value); }
            fetch(form.getAttribute("data-preview-url"), { method: "POST", body: data, credentials: "same-origin" })
                .then(function (response) { return response.ok ? response.json() : null; })
                .then(function (result) {
                    if (result && ticket === latest) { target.innerHTML = result.html; }
                })
                .catch(function () { /* the server-rendered preview button still works */ });
        }, 400);
    });
}());
