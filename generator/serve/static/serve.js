// policygen serve: send the form to the server as it changes and show what comes back.
// The server checks every answer and renders every panel; this script only moves data and
// shows or hides what the server says. Messages are set as text, never as markup; the
// panels are HTML the server has escaped.
"use strict";

(function () {
  const form = document.getElementById("answers");
  if (!form) return;
  const csrf = form.elements.namedItem("csrf").value;
  const status = document.getElementById("status");
  let sent = 0; // the number of the latest request; older answers are dropped
  let timer = null;

  function body() {
    return new URLSearchParams(new FormData(form));
  }

  async function post(url, accept) {
    const response = await fetch(url, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", "X-CSRF-Token": csrf, Accept: accept },
      body: body(),
      credentials: "same-origin",
    });
    return response;
  }

  function setError(paragraph, reasons) {
    paragraph.textContent = "";
    reasons.forEach(function (reason, index) {
      if (index > 0) paragraph.appendChild(document.createElement("br"));
      const prefix = document.createElement("span");
      prefix.className = "visually-hidden";
      prefix.textContent = "Error: ";
      paragraph.appendChild(prefix);
      paragraph.appendChild(document.createTextNode(reason));
    });
  }

  // A question the server redrew (the other contacts, when the teams the answers name change)
  // replaces the old one; while the person is in it, the replacement waits until they leave it.
  const waiting = {};

  function redraw(key, html) {
    const old = form.querySelector(".question[data-key='" + CSS.escape(key) + "']");
    if (!old) return;
    if (old.contains(document.activeElement)) {
      waiting[key] = html;
      return;
    }
    delete waiting[key];
    const holder = document.createElement("div");
    holder.innerHTML = html;
    const fresh = holder.firstElementChild;
    old.replaceWith(fresh);
    offerEntries(fresh);
  }

  form.addEventListener("focusout", function (event) {
    Object.keys(waiting).forEach(function (key) {
      const question = form.querySelector(".question[data-key='" + CSS.escape(key) + "']");
      if (question && !question.contains(event.relatedTarget)) redraw(key, waiting[key]);
    });
  });

  function show(state) {
    Object.keys(waiting).forEach(function (key) {
      if (!(key in state.redraw)) delete waiting[key]; // the form holds what the server keeps again
    });
    Object.keys(state.redraw).forEach(function (key) {
      redraw(key, state.redraw[key]);
    });
    const visible = new Set(state.visible);
    form.querySelectorAll(".question[data-key]").forEach(function (question) {
      question.hidden = !visible.has(question.dataset.key);
    });
    form.querySelectorAll("[data-error-for]").forEach(function (paragraph) {
      const name = paragraph.dataset.errorFor;
      const reasons = state.errors[name] || [];
      setError(paragraph, reasons);
      form.querySelectorAll("[name]").forEach(function (control) {
        if (control.name !== name) return;
        if (reasons.length) control.setAttribute("aria-invalid", "true");
        else control.removeAttribute("aria-invalid");
      });
    });
    if (state.preview !== null) document.getElementById("preview").innerHTML = state.preview;
    const look = document.getElementById("look");
    if (state.look !== null && look.getAttribute("href") !== state.look) look.setAttribute("href", state.look); // the Word template's look
    if (state.coverage !== null) document.getElementById("coverage").innerHTML = state.coverage;
    if (state.warnings !== null) document.getElementById("warnings").innerHTML = state.warnings;
    if (state.warnings_summary !== null) document.getElementById("warnings-summary").textContent = state.warnings_summary;
    if (state.changes !== null) document.getElementById("changes").innerHTML = state.changes;
    const problems = document.getElementById("problems");
    problems.textContent = "";
    state.problems.forEach(function (problem) {
      const item = document.createElement("li");
      item.textContent = problem;
      problems.appendChild(item);
    });
  }

  const preview = document.getElementById("preview");

  async function update() {
    const mine = ++sent;
    preview.setAttribute("aria-busy", "true"); // a screen reader waits for the new preview; the status line says when it is there
    try {
      const response = await post("/update", "application/json");
      if (mine !== sent) return;
      if (!response.ok) {
        status.textContent = "The server refused the change (" + response.status + "); reload the page.";
        return;
      }
      const state = await response.json();
      if (mine !== sent) return;
      show(state);
      status.textContent = state.status;
    } catch (error) {
      if (mine === sent) status.textContent = "The policygen server cannot be reached; is it still running?";
    } finally {
      if (mine === sent) preview.removeAttribute("aria-busy");
    }
  }

  function soon(delay) {
    clearTimeout(timer);
    timer = setTimeout(update, delay);
  }

  form.addEventListener("input", function (event) {
    const typing = event.target.tagName === "TEXTAREA" || (event.target.tagName === "INPUT" && !["radio", "checkbox"].includes(event.target.type));
    soon(typing ? 150 : 0);
  });
  form.addEventListener("change", function () {
    soon(0);
  });

  form.addEventListener("submit", async function (event) {
    if (event.submitter && event.submitter.id !== "save") return; // downloads go as ordinary form posts
    event.preventDefault();
    clearTimeout(timer);
    const mine = ++sent;
    status.textContent = "Saving…";
    try {
      const response = await post("/save", "application/json");
      const state = await response.json();
      if (mine !== sent) return;
      show(state);
      status.textContent = state.message;
      if (!state.saved) {
        const wrong = form.querySelector("[aria-invalid=true]");
        if (wrong) wrong.focus();
      }
    } catch (error) {
      status.textContent = "Not saved: the policygen server cannot be reached; is it still running?";
    }
  });

  // Another entry for a list of records: a copy of the empty one, numbered after it.
  function offerEntries(root) {
    root.querySelectorAll("button.add-entry").forEach(function (button) {
      button.hidden = false;
    });
  }

  function addEntry(button) {
    const entries = button.closest("fieldset").querySelectorAll("fieldset.entry");
    const blank = entries[entries.length - 1];
    const copy = blank.cloneNode(true);
    const key = button.dataset.key;
    const index = Math.max.apply(null, Array.from(form.querySelectorAll("[name^='" + key + ".']")).map(function (c) {
      return parseInt(c.name.slice(key.length + 1), 10);
    })) + 1;
    copy.querySelectorAll("[name]").forEach(function (control) {
      const part = control.name.split(".").pop();
      control.name = key + "." + index + "." + part;
      control.value = "";
      control.removeAttribute("aria-invalid");
    });
    copy.querySelectorAll("[id]").forEach(function (element) {
      element.id = element.id.replace(/-\d+-([a-z-]+)$/, "-" + index + "-$1");
    });
    copy.querySelectorAll("[for]").forEach(function (label) {
      label.htmlFor = label.htmlFor.replace(/-\d+-([a-z-]+)$/, "-" + index + "-$1");
    });
    copy.querySelectorAll("[aria-describedby]").forEach(function (control) {
      control.setAttribute("aria-describedby", control.getAttribute("aria-describedby").replace(/-\d+-([a-z-]+)/g, "-" + index + "-$1"));
    });
    copy.querySelectorAll("[data-error-for]").forEach(function (paragraph) {
      paragraph.dataset.errorFor = key + "." + index + "." + paragraph.dataset.errorFor.split(".").pop();
      paragraph.textContent = "";
    });
    blank.after(copy);
    copy.querySelector("input").focus();
  }

  offerEntries(form);
  form.addEventListener("click", function (event) {
    const button = event.target.closest("button.add-entry");
    if (button) addEntry(button);
  });
})();
