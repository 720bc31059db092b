// Rekey staff dashboard: the live transcript on a ticket page and the
// self-refreshing ticket list. Everything from the server is inserted as
// text (textContent), never as HTML. Without this script the pages still
// work; they just need a reload.
"use strict";
(function () {
  function line(l) {
    const li = document.createElement("li");
    li.className = "entry " + l.speaker + (l.private ? " private" : "");
    li.dataset.id = String(l.id);
    const head = document.createElement("div");
    head.className = "head";
    const by = document.createElement("span");
    by.className = "by";
    by.textContent = l.by;
    const time = document.createElement("time");
    time.dateTime = l.at;
    time.textContent = l.time;
    head.append(by, " ", time);
    if (l.private) {
      const note = document.createElement("span");
      note.className = "meta";
      note.textContent = " only the customer saw this";
      head.append(note);
    }
    const p = document.createElement("p");
    p.className = "text";
    p.textContent = l.text;
    li.append(head, p);
    if (l.details) {
      const d = document.createElement("details");
      const s = document.createElement("summary");
      s.textContent = "details";
      const c = document.createElement("code");
      c.textContent = l.details;
      d.append(s, c);
      li.append(d);
    }
    return li;
  }

  function pause(ms) {
    return new Promise(function (r) { setTimeout(r, ms); });
  }

  async function follow(list) {
    let after = Number(list.dataset.after || "0");
    const url = "/admin/tickets/" + encodeURIComponent(list.dataset.ticket) + "/news?after=";
    for (;;) {
      try {
        const res = await fetch(url + after, { credentials: "same-origin" });
        if (!res.ok) { await pause(3000); continue; }
        const news = await res.json();
        news.lines.forEach(function (l) {
          if (!list.querySelector('li[data-id="' + l.id + '"]')) list.append(line(l));
        });
        after = news.after;
        list.dataset.after = String(after);
        const set = function (id, text) {
          const el = document.getElementById(id);
          if (el) el.textContent = text;
        };
        set("status", news.status);
        set("with", news.with);
        set("step", news.step);
        const w = document.getElementById("with");
        if (w) w.classList.toggle("nobody", news.nobody);
      } catch (err) {
        await pause(3000);
      }
    }
  }

  async function refresh(box) {
    const every = Number(box.dataset.refresh || "10") * 1000;
    for (;;) {
      await pause(every);
      try {
        const res = await fetch(location.href, { credentials: "same-origin" });
        if (!res.ok) continue;
        const doc = new DOMParser().parseFromString(await res.text(), "text/html");
        const fresh = doc.getElementById("tickets");
        if (fresh) box.replaceChildren(...Array.from(fresh.childNodes).map(function (n) {
          return document.importNode(n, true);
        }));
      } catch (err) {
        // Try again at the next tick.
      }
    }
  }

  const list = document.getElementById("transcript");
  if (list) follow(list);
  const tickets = document.getElementById("tickets");
  if (tickets) refresh(tickets);
})();
