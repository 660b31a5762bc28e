// The join page: its few words in Dutch or English (the phone's language), and why a code
// was refused. No data of the room is on this page.
"use strict";
(function () {
  var nl = /^nl\b/i.test(navigator.language || "");
  var S = nl ? {
    joinTitle: "Doe mee in de zaal", joinHelp: "Typ de code die op het scherm staat.",
    codeLabel: "Code van de zaal", joinButton: "Meedoen",
    wrong: "Die code klopt niet. Kijk nog eens op het scherm.",
    wait: "Te vaak geprobeerd. Wacht een minuut en probeer het opnieuw."
  } : {
    joinTitle: "Join the room", joinHelp: "Type the code shown on the projector.",
    codeLabel: "Room code", joinButton: "Join",
    wrong: "That code is not right. Check the projector again.",
    wait: "Too many tries. Wait a minute and try again."
  };
  document.documentElement.lang = nl ? "nl" : "en";
  document.title = S.joinTitle;
  Array.prototype.forEach.call(document.querySelectorAll("[data-s]"), function (el) {
    el.textContent = S[el.getAttribute("data-s")];
  });
  var error = new URLSearchParams(location.search).get("e");
  if (error === "wrong" || error === "wait") {
    var message = document.getElementById("message");
    message.textContent = S[error];
    message.hidden = false;
  }
})();
