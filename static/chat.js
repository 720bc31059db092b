// Rekey web chat. Everything the bot or the customer wrote is inserted as
// text (textContent), never as HTML: markup in messages is shown, not run.
"use strict";
(function () {
  const log = document.getElementById("log");
  const form = document.getElementById("composer");
  const input = document.getElementById("text");
  // Every sentence the script shows comes from the page (templates/chat.html).
  const words = document.getElementById("words").dataset;
  let seq = 0;
  let counter = 0;

  // **bold** becomes <strong>, built from text nodes (no innerHTML).
  function appendText(el, text) {
    text.split("**").forEach(function (part, i) {
      if (i % 2 === 1) {
        const strong = document.createElement("strong");
        strong.textContent = part;
        el.appendChild(strong);
      } else {
        el.appendChild(document.createTextNode(part));
      }
    });
  }

  function bubble(who, text, id) {
    const li = document.createElement("li");
    li.className = "msg " + who;
    if (id) li.dataset.id = id;
    appendText(li, text);
    log.appendChild(li);
    li.scrollIntoView({ block: "end" });
    return li;
  }

  // Buttons of earlier steps are disabled: only the newest step's choices
  // can be pressed (the server also ignores stale presses).
  function disableChoices() {
    log.querySelectorAll(".choices button").forEach(function (b) { b.disabled = true; });
  }

  function show(item) {
    if (item.kind === "delete") {
      const mine = log.querySelector('li.me[data-id="' + CSS.escape(item.message_id) + '"]');
      if (mine) mine.remove();
      return;
    }
    if (item.kind === "me") {
      bubble("me", item.text);
      return;
    }
    if (item.kind === "say" || item.kind === "staff") disableChoices();
    if (item.kind === "say" || item.kind === "private" || item.kind === "staff") {
      const who = { say: "bot", private: "bot private", staff: "bot staff" }[item.kind];
      const li = bubble(who, item.text);
      if (item.buttons && item.buttons.length) {
        const row = document.createElement("div");
        row.className = "choices";
        item.buttons.forEach(function (b) {
          const btn = document.createElement("button");
          btn.type = "button";
          btn.textContent = b.label;
          btn.addEventListener("click", function () {
            disableChoices();
            press(b.id, b.label);
          });
          row.appendChild(btn);
        });
        li.appendChild(row);
        li.scrollIntoView({ block: "end" });
      }
    } else if (item.kind === "link") {
      const li = bubble("bot private", item.text.replace(item.url, "").trim());
      const a = document.createElement("a");
      a.href = item.url;
      a.textContent = words.openForm;
      a.target = "_blank";
      a.rel = "noopener noreferrer";
      const p = document.createElement("p");
      p.appendChild(a);
      li.appendChild(p);
      li.scrollIntoView({ block: "end" });
    }
  }

  async function post(path, body) {
    const res = await fetch(path, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      credentials: "same-origin",
      body: JSON.stringify(body),
    });
    const data = await res.json().catch(function () { return { error: "unknown" }; });
    if (!res.ok) {
      // `error` is a code (web::Error); the page holds its sentence.
      const key = "error" + String(data.error || "unknown").replace(/(^|_)(\w)/g, function (_, s, c) { return c.toUpperCase(); });
      bubble("bot", "(" + (words[key] || words.errorUnknown) + ")");
      return;
    }
    data.items.forEach(show);
  }

  function press(id, label) {
    bubble("me", label);
    post("/chat/api/buttons", { id: id });
  }

  form.addEventListener("submit", function (e) {
    e.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    const id = "m" + (++counter) + "-" + Date.now();
    bubble("me", text, id);
    input.value = "";
    post("/chat/api/messages", { text: text, client_id: id });
  });

  // The conversation so far comes from the server (a reload or a return
  // visit shows the open ticket as it is), then news by long polling.
  async function history() {
    for (;;) {
      try {
        const res = await fetch("/chat/api/history", { credentials: "same-origin" });
        if (res.ok) {
          const data = await res.json();
          data.items.forEach(show);
          seq = data.seq;
          if (data.banner) {
            const b = document.getElementById("banner");
            b.textContent = data.banner;
            b.hidden = false;
          }
          if (data.ticket) {
            const t = document.getElementById("ticket");
            t.textContent = data.ticket.id + " · " + data.ticket.step;
            t.hidden = false;
          }
          return;
        }
      } catch (err) {
        // Try again shortly.
      }
      await new Promise(function (r) { setTimeout(r, 3000); });
    }
  }

  async function poll() {
    await history();
    for (;;) {
      try {
        const res = await fetch("/chat/api/events?after=" + seq, { credentials: "same-origin" });
        if (res.ok) {
          const data = await res.json();
          data.items.forEach(show);
          seq = data.seq;
        } else {
          await new Promise(function (r) { setTimeout(r, 3000); });
        }
      } catch (err) {
        await new Promise(function (r) { setTimeout(r, 3000); });
      }
    }
  }
  poll();
  input.focus();
})();
