/*
 * The proposal editor's AI suggestions: a section's "Ask the AI" button posts the text in front of
 * the writer to the page's stream (server-sent events) and shows the pieces as they come in the
 * assistant panel. "Accept" puts the suggestion into the section's text and marks the section's
 * next save as AI-assisted (its hidden field); "Discard" drops it. Writing never waits on it.
 */
(function () {
  "use strict";

  function panel() {
    return document.getElementById("assistantSuggestions");
  }

  function field(formId, name) {
    return document.getElementById(formId + ":" + name);
  }

  function button(label, id, onClick) {
    var b = document.createElement("button");
    b.type = "button";
    b.id = id;
    b.className = "ui-button ui-widget ui-corner-all ui-button-text-only";
    var span = document.createElement("span");
    span.className = "ui-button-text ui-c";
    span.textContent = label;
    b.appendChild(span);
    b.addEventListener("click", onClick);
    return b;
  }

  function ask(trigger) {
    var out = panel();
    var formId = trigger.getAttribute("data-form");
    var section = trigger.getAttribute("data-section");
    var area = field(formId, "text");
    if (!out || !area) {
      return;
    }
    out.textContent = "";
    var status = document.createElement("p");
    status.className = "muted";
    status.id = "assistantStatus";
    status.textContent = out.getAttribute("data-waiting");
    var text = document.createElement("div");
    text.id = "assistantText";
    text.className = "assistant-text";
    out.appendChild(status);
    out.appendChild(text);
    trigger.disabled = true;
    var suggestion = "";

    function finish(done) {
      trigger.disabled = false;
      if (!done || suggestion === "") {
        return;
      }
      status.textContent = done.complete ? "" : out.getAttribute("data-cut");
      var bar = document.createElement("div");
      bar.className = "toolbar";
      bar.appendChild(button(out.getAttribute("data-accept"), "assistantAccept", function () {
        area.value = suggestion;
        area.dispatchEvent(new Event("input", { bubbles: true }));
        var ai = field(formId, "ai");
        if (ai) {
          ai.value = "true";
        }
        out.textContent = "";
        var note = document.createElement("p");
        note.id = "assistantAccepted";
        note.textContent = out.getAttribute("data-accepted");
        out.appendChild(note);
        area.focus();
      }));
      bar.appendChild(button(out.getAttribute("data-discard"), "assistantDiscard", function () {
        out.textContent = "";
      }));
      out.appendChild(bar);
    }

    function fail(message) {
      trigger.disabled = false;
      status.className = "finding-error";
      status.textContent = message || out.getAttribute("data-unavailable");
    }

    fetch(out.getAttribute("data-url") + "&section=" + encodeURIComponent(section), {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "text/plain;charset=UTF-8", Accept: "text/event-stream" },
      body: area.value
    }).then(function (res) {
      if (!res.ok || !res.body) {
        return res.text().then(function (t) { fail(t); });
      }
      var reader = res.body.getReader();
      var decoder = new TextDecoder("utf-8");
      var buffer = "";
      var done = null;
      function handle(block) {
        var event = "message";
        var data = "";
        block.split("\n").forEach(function (line) {
          if (line.indexOf("event:") === 0) {
            event = line.substring(6).trim();
          } else if (line.indexOf("data:") === 0) {
            data += line.substring(5).trim();
          }
        });
        if (!data) {
          return;
        }
        var json = JSON.parse(data);
        if (event === "done") {
          done = json;
        } else if (event === "error") {
          fail(json.message);
        } else if (json.piece) {
          suggestion += json.piece;
          text.textContent = suggestion;
        }
      }
      function pump() {
        return reader.read().then(function (chunk) {
          if (chunk.done) {
            if (buffer.trim()) {
              handle(buffer);
            }
            finish(done);
            return;
          }
          buffer += decoder.decode(chunk.value, { stream: true });
          var at;
          while ((at = buffer.indexOf("\n\n")) >= 0) {
            handle(buffer.substring(0, at));
            buffer = buffer.substring(at + 2);
          }
          return pump();
        });
      }
      return pump();
    }).catch(function () {
      fail();
    });
  }

  document.addEventListener("click", function (e) {
    var trigger = e.target.closest ? e.target.closest(".assist-button") : null;
    if (trigger) {
      ask(trigger);
    }
  });
})();
