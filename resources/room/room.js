// The participant's page of a Klantreis room: notes, dot votes, emotion ratings and the
// waiting screen, following what the facilitator chose. Plain JavaScript, no framework.
// Everything the room sends is shown with textContent (never as HTML). A note gets its
// own id here and waits in an outbox (kept in localStorage) until the room acknowledges
// it, so a note typed while the network is gone is sent when it is back, once.
"use strict";
(function () {
  var nl = /^nl\b/i.test(navigator.language || "");
  var S = nl ? {
    title: "Klantreis – zaal", nameLabel: "Je naam (mag leeg blijven)", nameSave: "Bewaar",
    waitTitle: "Even wachten op de begeleider", quadrantLegend: "Welk deel van de empathiekaart?",
    noteLabel: "Je idee", send: "Verstuur", yourNotes: "Jouw notities", voteTitle: "Plak je stippen",
    rateHelp: "Hoe voelt de klant zich hier? −2 is heel slecht, +2 heel goed.",
    online: "Verbonden", offline: "Geen verbinding – we proberen het opnieuw",
    connecting: "Verbinden…", sent: "Op het bord", waiting: "Wacht op verbinding",
    dotsLeft: "Je hebt nog {n} van {total} stippen.", noDots: "Je stippen zijn op.",
    more: "Een stip erbij op: {text}", less: "Een stip eraf van: {text}",
    tally: "Totaal in de zaal: {n}", pain: "Pijnpunt", opportunity: "Kans",
    rateTitle: "Hoe voelt {persona} zich?", score: "{score} voor: {text}",
    closed: "De zaal is gesloten. Bedankt voor het meedoen!",
    removed: "De begeleider heeft je uit de zaal gehaald.",
    full: "De zaal is vol.", gone: "Deze link werkt niet meer.",
    too_long: "Die notitie is te lang.", empty: "Typ eerst iets.",
    count: "{n} van {max} tekens",
    over: "Je notitie is {n} tekens; er passen er {max} op een briefje. Maak hem korter.",
    slow_down: "Rustig aan: je notitie gaat zo vanzelf.", not_now: "Dat kan nu niet meer.",
    no_dots_left: "Je stippen zijn op.", fallback: "Dat ging niet."
  } : {
    title: "Klantreis – room", nameLabel: "Your name (optional)", nameSave: "Save",
    waitTitle: "Waiting for the facilitator", quadrantLegend: "Which part of the empathy map?",
    noteLabel: "Your idea", send: "Send", yourNotes: "Your notes", voteTitle: "Place your dots",
    rateHelp: "How does the customer feel here? −2 is very bad, +2 very good.",
    online: "Connected", offline: "No connection – trying again",
    connecting: "Connecting…", sent: "On the board", waiting: "Waiting for the connection",
    dotsLeft: "You have {n} of {total} dots left.", noDots: "Your dots are used up.",
    more: "One more dot on: {text}", less: "One dot less on: {text}",
    tally: "Room total: {n}", pain: "Pain point", opportunity: "Opportunity",
    rateTitle: "How does {persona} feel?", score: "{score} for: {text}",
    closed: "The room is closed. Thank you for taking part!",
    removed: "The facilitator took you out of the room.",
    full: "The room is full.", gone: "This link no longer works.",
    too_long: "That note is too long.", empty: "Type something first.",
    count: "{n} of {max} characters",
    over: "Your note is {n} characters; a sticky holds {max}. Make it shorter.",
    slow_down: "Slow down a little: your note goes by itself in a moment.",
    not_now: "That is no longer possible.", no_dots_left: "Your dots are used up.",
    fallback: "That did not work."
  };
  function say(key, values) {
    var text = S[key] || S.fallback;
    Object.keys(values || {}).forEach(function (name) {
      text = text.split("{" + name + "}").join(String(values[name]));
    });
    return text;
  }
  function $(id) { return document.getElementById(id); }
  function make(tag, className, text) {
    var el = document.createElement(tag);
    if (className) { el.className = className; }
    if (text !== undefined) { el.textContent = text; }
    return el;
  }
  function newId() {
    var bytes = new Uint8Array(12);
    crypto.getRandomValues(bytes);  // randomUUID needs https; this does not
    return Array.prototype.map.call(bytes, function (b) {
      return ("0" + b.toString(16)).slice(-2);
    }).join("");
  }

  document.documentElement.lang = nl ? "nl" : "en";
  document.title = S.title;
  Array.prototype.forEach.call(document.querySelectorAll("[data-s]"), function (el) {
    el.textContent = S[el.getAttribute("data-s")];
  });

  // What this phone keeps for this room (the link's secret names the room).
  var storeKey = "klantreis-room:" + location.pathname;
  var saved = {};
  try { saved = JSON.parse(localStorage.getItem(storeKey) || "{}") || {}; } catch (e) { saved = {}; }
  var me = { key: saved.key || null, name: saved.name || "" };
  var outbox = Array.isArray(saved.outbox) ? saved.outbox : [];
  var sentNotes = Array.isArray(saved.sent) ? saved.sent : [];
  function keep() {
    try {
      localStorage.setItem(storeKey, JSON.stringify({
        key: me.key, name: me.name, outbox: outbox, sent: sentNotes.slice(-50) }));
    } catch (e) { /* private mode: the page still works while it is open */ }
  }

  var socket = null, online = false, ended = false, retry = 1000, retryTimer = null;
  var state = null, quadrant = "", timerEnd = null;

  function setStatus(text, isOnline) {
    online = isOnline;
    $("status").textContent = text;
    $("status").className = "status" + (isOnline ? " online" : "");
  }
  function showMessage(text) {
    $("message").textContent = text || "";
    $("message").hidden = !text;
    delete $("message").dataset.over;
  }
  function send(message) {
    if (socket && socket.readyState === WebSocket.OPEN && online) {
      if (message.t === "note" && !sentAt) { sentAt = Date.now(); }
      socket.send(JSON.stringify(message));
      return true;
    }
    return false;
  }

  function connect() {
    if (ended) { return; }
    clearTimeout(retryTimer);
    setStatus(S.connecting, false);
    var url = (location.protocol === "https:" ? "wss://" : "ws://") + location.host +
      location.pathname + "ws";
    var ws = new WebSocket(url);
    socket = ws;
    ws.onopen = function () {
      ws.send(JSON.stringify({ t: "hello", key: me.key, name: me.name, lang: nl ? "nl" : "en" }));
    };
    ws.onmessage = function (event) {
      var message;
      try { message = JSON.parse(event.data); } catch (e) { return; }
      receive(message);
    };
    ws.onclose = function () {
      if (socket !== ws) { return; }
      socket = null;
      sentAt = 0;
      if (ended) { return; }
      setStatus(S.offline, false);
      renderNotes();
      retryTimer = setTimeout(connect, retry);
      retry = Math.min(retry * 2, 8000);
    };
    ws.onerror = function () { /* onclose follows */ };
  }
  window.addEventListener("online", function () { retry = 1000; if (!socket) { connect(); } });
  // The phone says its network is gone: stop using the socket (notes wait in the outbox).
  window.addEventListener("offline", function () { if (socket) { socket.close(); } });
  // A network that drops silently: a note not acknowledged within 10 s means the
  // connection is dead; a new one resends what is waiting (the room keeps it once).
  var sentAt = 0;
  setInterval(function () {
    if (outbox.length && socket && online && sentAt && Date.now() - sentAt > 10000) {
      sentAt = 0;
      socket.close();
    }
  }, 2000);

  function receive(message) {
    if (message.t === "welcome") {
      me.key = message.key;
      me.name = message.name || "";
      $("name").value = me.name;
      keep();
      setStatus(S.online, true);
      retry = 1000;
      outbox.forEach(function (note) { send({ t: "note", id: note.id, text: note.text, q: note.q }); });
      renderNotes();
    } else if (message.t === "state") {
      state = message;
      render();
    } else if (message.t === "ack") {
      var done = outbox.filter(function (note) { return note.id === message.id; });
      outbox = outbox.filter(function (note) { return note.id !== message.id; });
      sentAt = outbox.length ? Date.now() : 0;
      done.forEach(function (note) { sentNotes.push(note); });
      keep();
      renderNotes();
    } else if (message.t === "named") {
      me.name = message.name;
      keep();
    } else if (message.t === "error") {
      if (message.code === "slow_down" && message.id) {
        setTimeout(function () {
          outbox.filter(function (n) { return n.id === message.id; }).forEach(function (n) {
            send({ t: "note", id: n.id, text: n.text, q: n.q });
          });
        }, 3000);
      } else if (message.id) {  // a note the room will never take: do not resend it
        outbox = outbox.filter(function (note) { return note.id !== message.id; });
        keep();
        renderNotes();
      }
      showMessage(say(message.code));
    } else if (message.t === "bye") {
      ended = true;
      var reason = { closed: "closed", removed: "removed", full: "full" }[message.reason] || "gone";
      if (socket) { socket.close(); }
      setStatus("", false);  // the sentence once, as the heading below
      $("status").hidden = true;
      renderTimer(null);
      show("ended");
      $("ended-text").textContent = say(reason);
      showMessage("");
      // Nothing to do any more: no name to save, no note to send.
      $("who").hidden = true;
      Array.prototype.forEach.call(document.querySelectorAll("input, textarea, button"),
        function (el) { el.disabled = true; });
      if (message.reason === "removed" || message.reason === "closed") {
        try { localStorage.removeItem(storeKey); } catch (e) { /* nothing kept */ }
      }
    }
  }

  function show(section) {
    ["wait", "notes", "vote", "rate", "ended"].forEach(function (name) {
      $(name).hidden = name !== section;
    });
  }

  var shownExercise = "";
  function render() {
    var exercise = state.exercise || { kind: "wait" };
    renderTimer(state.timer);
    // A message about the last exercise ("Type something first.") goes with it.
    var sign = JSON.stringify([exercise.kind, exercise.dimension || "", exercise.round || 0,
                               exercise.persona || ""]);
    if (sign !== shownExercise) {
      if (shownExercise) { showMessage(""); }
      shownExercise = sign;
    }
    if (exercise.kind === "notes") {
      show("notes");
      $("dimension").textContent = exercise.dimension || "";
      $("dimension").hidden = !exercise.dimension;  // never "Your notes" twice
      renderQuadrants(exercise.quadrants || []);
      renderNotes();
    } else if (exercise.kind === "vote") {
      show("vote");
      renderVote(exercise);
    } else if (exercise.kind === "rate") {
      show("rate");
      renderRate(exercise);
    } else {
      show("wait");
      $("step").textContent = exercise.step || "";
    }
  }

  function renderQuadrants(quadrants) {
    var list = $("quadrant-list");
    list.textContent = "";
    $("quadrants").hidden = quadrants.length === 0;
    if (!quadrants.some(function (q) { return q.key === quadrant; })) {
      quadrant = quadrants.length ? quadrants[0].key : "";
    }
    quadrants.forEach(function (q) {
      var button = make("button", "", q.label);
      button.type = "button";
      button.setAttribute("aria-pressed", String(q.key === quadrant));
      button.addEventListener("click", function () {
        quadrant = q.key;
        renderQuadrants(quadrants);
      });
      list.appendChild(button);
    });
  }

  function renderNotes() {
    var list = $("my-notes");
    list.textContent = "";
    outbox.concat([]).reverse().forEach(function (note) {
      var item = make("li", "", note.text);
      item.appendChild(make("span", "state", S.waiting));
      list.appendChild(item);
    });
    sentNotes.slice().reverse().slice(0, 20).forEach(function (note) {
      var item = make("li", "", note.text);
      item.appendChild(make("span", "state", "✓ " + S.sent));
      list.appendChild(item);
    });
  }

  // A note is at most NOTE_MAX characters (the room refuses longer ones). The field
  // does not cut a paste silently: a counter shows the length, and a note too long is
  // kept in the field with a message until it is shortened.
  var NOTE_MAX = 280;
  function noteText() { return $("note").value.replace(/\s+/g, " ").trim(); }
  // A note of only zero-width and other invisible characters (a paste can carry them)
  // counts as empty: "type something first", never sent (review s7).
  function isBlank(text) {
    return !text.replace(/[\u200B-\u200D\u2060\uFEFF\u00AD\s]/g, "");
  }
  function length(text) { return Array.from(text).length; }  // characters, as the room counts
  function countNote() {
    var n = length(noteText());
    $("note-count").textContent = say("count", { n: n, max: NOTE_MAX });
    $("note-count").className = "hint count" + (n > NOTE_MAX ? " over" : "");
    if (n <= NOTE_MAX && $("message").dataset.over) { showMessage(""); }
    return n;
  }
  $("note").addEventListener("input", countNote);
  function sendNote() {
    var text = noteText();
    if (isBlank(text)) { showMessage(S.empty); return; }
    if (length(text) > NOTE_MAX) {
      showMessage(say("over", { n: length(text), max: NOTE_MAX }));
      $("message").dataset.over = "1";
      return;
    }
    var note = { id: newId(), text: text, q: quadrant };
    outbox.push(note);
    keep();
    $("note").value = "";
    countNote();
    showMessage("");
    send({ t: "note", id: note.id, text: note.text, q: note.q });
    renderNotes();
    $("note").focus();
  }
  $("send").addEventListener("click", sendNote);
  $("note").addEventListener("keydown", function (event) {
    if (event.key === "Enter" && !event.shiftKey) { event.preventDefault(); sendNote(); }
  });
  $("save-name").addEventListener("click", function () {
    me.name = $("name").value.replace(/\s+/g, " ").trim().slice(0, 40);
    keep();
    send({ t: "name", name: me.name });
  });

  function renderVote(exercise) {
    var mine = exercise.mine || {}, total = exercise.dots || 0, used = 0;
    Object.keys(mine).forEach(function (card) { used += mine[card]; });
    var left = Math.max(0, total - used);
    $("dots-left").textContent = left ? say("dotsLeft", { n: left, total: total }) : S.noDots;
    var list = $("cards");
    list.textContent = "";
    (exercise.cards || []).forEach(function (card) {
      var count = mine[card.id] || 0;
      var item = make("li");
      item.appendChild(make("span", "kind", card.kind === "pain" ? S.pain : S.opportunity));
      item.appendChild(make("span", "text", card.text));
      var counter = make("div", "counter");
      var less = make("button", "secondary", "−");
      less.type = "button";
      less.disabled = count === 0;
      less.setAttribute("aria-label", say("less", { text: card.text }));
      less.addEventListener("click", function () { send({ t: "vote", card: card.id, n: count - 1 }); });
      var more = make("button", "", "+");
      more.type = "button";
      more.disabled = left === 0;
      more.setAttribute("aria-label", say("more", { text: card.text }));
      more.addEventListener("click", function () { send({ t: "vote", card: card.id, n: count + 1 }); });
      counter.appendChild(less);
      counter.appendChild(make("span", "count", String(count)));
      counter.appendChild(more);
      if (exercise.live && exercise.tally) {
        counter.appendChild(make("span", "tally", say("tally", { n: exercise.tally[card.id] || 0 })));
      }
      item.appendChild(counter);
      list.appendChild(item);
    });
  }

  function renderRate(exercise) {
    $("rate-title").textContent = say("rateTitle", { persona: exercise.persona || "" });
    var mine = exercise.mine || {};
    var list = $("touchpoints");
    list.textContent = "";
    (exercise.touchpoints || []).forEach(function (tp) {
      var item = make("li");
      if (tp.phase) { item.appendChild(make("span", "phase", tp.phase)); }
      item.appendChild(make("span", "text", tp.text));
      var scores = make("div", "scores");
      scores.setAttribute("role", "group");
      scores.setAttribute("aria-label", tp.text);
      [-2, -1, 0, 1, 2].forEach(function (score) {
        var label = score > 0 ? "+" + score : score < 0 ? "−" + (-score) : "0";
        var button = make("button", "", label);
        button.type = "button";
        button.setAttribute("aria-pressed", String(mine[tp.id] === score));
        button.setAttribute("aria-label", say("score", { score: label, text: tp.text }));
        button.addEventListener("click", function () {
          send({ t: "rate", tp: tp.id, score: mine[tp.id] === score ? null : score });
        });
        scores.appendChild(button);
      });
      item.appendChild(scores);
      list.appendChild(item);
    });
  }

  function renderTimer(timer) {
    if (!timer || typeof timer.remaining !== "number") {
      timerEnd = null;
      $("timer").hidden = true;
      return;
    }
    timerEnd = timer.running ? Date.now() + timer.remaining * 1000 : null;
    $("timer").hidden = false;
    showTime(timer.remaining);
  }
  function showTime(seconds) {
    var s = Math.max(0, Math.round(seconds));
    $("timer").textContent = Math.floor(s / 60) + ":" + ("0" + (s % 60)).slice(-2);
  }
  setInterval(function () {
    if (timerEnd !== null) { showTime((timerEnd - Date.now()) / 1000); }
  }, 500);

  $("name").value = me.name;
  show("wait");
  countNote();
  renderNotes();
  connect();
})();
