// The quiz attempt as one page: each answer is saved in the background (one request, no new page) and the page shows
// the next question itself. Without this file each save is a form post followed by the next question's page; the
// server sends the same form either way. Texts come from the page's data attributes, so they are localized.
(function () {
    "use strict";
    var form = document.getElementById("quiz-attempt");
    var alert = document.getElementById("quiz-alert");
    if (!form || !alert || !window.fetch || !window.URLSearchParams) { return; }
    var answered = document.getElementById("quiz-answered");
    var progress = document.getElementById("quiz-progress");
    var questionField = form.querySelector("input[name='questionId']");
    var count = form.querySelectorAll("section[data-question-id]").length;
    var saving = false;

    function shown() { return form.querySelector("section[data-question-id]:not([hidden])"); }

    function say(messages) {
        alert.textContent = "";
        if (messages.length === 0) { return; }
        var notice = document.createElement("div");
        notice.className = "notice notice--error validation-summary-errors";
        notice.setAttribute("role", "alert");
        var list = document.createElement("ul");
        messages.forEach(function (message) {
            var item = document.createElement("li");
            item.textContent = message;
            list.appendChild(item);
        });
        notice.appendChild(list);
        alert.appendChild(notice);
    }

    function countAnswered() {
        var done = form.querySelectorAll("section[data-answered='true']").length;
        progress.value = done;
        answered.textContent = answered.getAttribute("data-text").replace("{0}", done).replace("{1}", count);
    }

    // Only the shown question's options carry the form's name "selected"; the others keep a radio group of their own.
    function name(section, value) {
        Array.prototype.forEach.call(section.querySelectorAll("fieldset input"), function (input) { input.name = value; });
    }

    function show(from, to) {
        name(from, "selected-" + from.getAttribute("data-question-id"));
        name(to, "selected");
        from.hidden = true;
        from.querySelector("fieldset").disabled = true;
        to.hidden = false;
        to.querySelector("fieldset").disabled = false;
        questionField.value = to.getAttribute("data-question-id");
        // A reload lands on the question shown, as the server-side flow's ?q= does.
        history.replaceState(null, "", "?q=" + to.getAttribute("data-order"));
        to.querySelector("legend").focus();
    }

    function saved(section, back) {
        say([]);
        section.setAttribute("data-answered", "true");
        countAnswered();
        var order = Number(section.getAttribute("data-order"));
        var next = back ? Math.max(1, order - 1) : order + 1;
        if (next > count) {
            window.location.assign("?q=0");
            return;
        }
        show(section, form.querySelector("section[data-order='" + next + "']"));
    }

    form.addEventListener("submit", function (event) {
        var button = event.submitter;
        if (!button || !button.name) { return; }
        event.preventDefault();
        if (saving) { return; }
        saving = true;
        var section = shown();
        var data = new FormData(form);
        data.append(button.name, button.value);
        // The save endpoint answers 204 once the answer is committed, where the form's own action would send a new page.
        fetch(form.getAttribute("data-save"), { method: "POST", body: new URLSearchParams(data), credentials: "same-origin" })
            .then(function (response) {
                if (response.status === 204) {
                    saved(section, button.value === "back");
                    return null;
                }
                return response.json().then(function (refusal) { say(refusal.errors); }, function () { say([form.getAttribute("data-refused")]); });
            }, function () {
                say([form.getAttribute("data-offline")]);
            })
            // Even if showing the next question failed, the next click must be able to save again.
            .finally(function () { saving = false; });
    });
}());
