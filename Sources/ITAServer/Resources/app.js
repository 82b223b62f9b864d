"use strict";
(() => {
  const T = {
    th: {
      title: "ตรวจรายงาน ITA", drop: "ลากไฟล์รายงาน (PDF, Word หรือไฟล์ข้อความ) มาวางที่นี่ หรือกดเพื่อเลือกไฟล์",
      password: "รหัสผ่าน PDF (ถ้ามี)", check: "ตรวจรายงาน", summary: "สรุป", scores: "คะแนน",
      findings: "สิ่งที่พบ", item: "รายการ", written: "คะแนนที่เขียน", computed: "ค่าที่คำนวณ / ตรวจ",
      page: "หน้า", line: "บรรทัด", close: "ปิด", downloadJSON: "ดาวน์โหลด JSON", downloadCSV: "ดาวน์โหลดคะแนน (CSV)",
      agency: "หน่วยงาน", fiscalYear: "ปีงบประมาณ", overall: "คะแนนภาพรวม", level: "ระดับ", file: "ไฟล์",
      error: "ข้อผิดพลาด", warning: "คำเตือน", note: "หมายเหตุ", noFindings: "ไม่พบข้อผิดพลาดหรือคำเตือน",
      noErrors: "ไม่พบข้อผิดพลาด", uploading: "กำลังส่งไฟล์", reading: "กำลังอ่านและตรวจรายงาน…",
      chooseFirst: "เลือกไฟล์รายงานก่อน", consistent: "✓ ตรงกัน", shouldBe: "ควรเป็น", found: "พบ",
      expected: "ควรเป็น", pageTitle: "หน้า", loadingPage: "กำลังสร้างภาพหน้า…", noPageImage: "ไฟล์ข้อความไม่มีภาพหน้า",
      counts: (e, w, n) => `ข้อผิดพลาด ${e} รายการ, คำเตือน ${w} รายการ` + (n ? `, หมายเหตุ ${n} รายการ` : ""), part: "ส่วนที่", failed: "ส่งไฟล์ไม่สำเร็จ",
      indicator: "ตัวชี้วัดที่", combined: "รวมจากส่วนย่อย", hypothesis: "ตามเกณฑ์ที่อนุมาน",
      paragraph: (n) => `ย่อหน้าที่ ${n}`, tableRow: (t, r) => `ตารางที่ ${t}` + (r ? ` แถวที่ ${r}` : ""),
      header: "หัวกระดาษ", footer: "ท้ายกระดาษ", loadingPlace: "กำลังเปิดย่อหน้าในเอกสาร…", place: "ตำแหน่ง",
      announcedBy: "ผู้ประกาศ", results: "ผลของหน่วยงาน", resultCount: (n) => `${n} หน่วยงาน`,
    },
    en: {
      title: "Check an ITA report", drop: "Drop the report (PDF, Word or text file) here, or click to choose a file",
      password: "PDF password (if any)", check: "Check the report", summary: "Summary", scores: "Scores",
      findings: "Findings", item: "Item", written: "Written score", computed: "Computed / check",
      page: "Page", line: "Line", close: "Close", downloadJSON: "Download JSON", downloadCSV: "Download scores (CSV)",
      agency: "Agency", fiscalYear: "Fiscal year", overall: "Overall score", level: "Level", file: "File",
      error: "Errors", warning: "Warnings", note: "Notes", noFindings: "No errors or warnings",
      noErrors: "No errors", uploading: "Uploading", reading: "Reading and checking the report…",
      chooseFirst: "Choose a report file first", consistent: "✓ consistent", shouldBe: "should be", found: "found",
      expected: "expected", pageTitle: "Page", loadingPage: "Drawing the page…", noPageImage: "A text file has no page images",
      counts: (e, w, n) => `${e} errors, ${w} warnings` + (n ? `, ${n} notes` : ""), part: "part", failed: "The upload failed",
      indicator: "Indicator", combined: "from its parts", hypothesis: "by the inferred rule",
      paragraph: (n) => `Paragraph ${n}`, tableRow: (t, r) => `Table ${t}` + (r ? `, row ${r}` : ""),
      header: "Header", footer: "Footer", loadingPlace: "Opening the paragraph in the document…", place: "Place",
      announcedBy: "Announced by", results: "Agencies' results", resultCount: (n) => `${n} agencies`,
    },
  };
  let lang = localStorage.getItem("ita-lang") === "en" ? "en" : "th";
  let state = null; // { file, password, report, json, upload }
  let opener = null; // the finding whose page is shown, to return to when the viewer closes
  const $ = (id) => document.getElementById(id);
  const t = (key) => T[lang][key];
  const el = (tag, attrs = {}, ...children) => {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) {
      if (k === "class") node.className = v; else if (k === "text") node.textContent = v; else node.setAttribute(k, v);
    }
    for (const child of children) node.append(child);
    return node;
  };
  const score = (v) => (v === null || v === undefined ? "–" : Number(v).toFixed(2));

  function applyLanguage() {
    document.documentElement.lang = lang;
    document.title = "ita: " + t("title");
    for (const node of document.querySelectorAll("[data-t]")) node.textContent = t(node.dataset.t);
    $("lang-th").setAttribute("aria-pressed", String(lang === "th"));
    $("lang-en").setAttribute("aria-pressed", String(lang === "en"));
  }

  function setLanguage(next) {
    if (next === lang) return;
    lang = next;
    localStorage.setItem("ita-lang", lang);
    applyLanguage();
    // The findings' messages come from the server in one language: ask again.
    if (state && state.file) upload(state.file, state.password);
  }

  function showError(message) {
    $("error").textContent = message;
    $("error").hidden = false;
  }

  function upload(file, password) {
    $("error").hidden = true;
    $("viewer").hidden = true;
    const form = new FormData();
    form.append("file", file);
    if (password) form.append("password", password);
    form.append("lang", lang);
    const request = new XMLHttpRequest();
    request.open("POST", "/api/extract?lang=" + lang);
    request.responseType = "text";
    $("progress").hidden = false;
    $("bar").value = 0;
    $("progress-text").textContent = t("uploading");
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) {
        $("bar").value = Math.round((event.loaded / event.total) * 100);
        $("progress-text").textContent = `${t("uploading")} ${$("bar").value}%`;
      }
    };
    request.upload.onload = () => {
      $("bar").removeAttribute("value"); // indeterminate while the server reads
      $("progress-text").textContent = t("reading");
    };
    request.onerror = () => { $("progress").hidden = true; showError(t("failed")); };
    request.onload = () => {
      $("progress").hidden = true;
      let body = null;
      try { body = JSON.parse(request.responseText); } catch (e) { body = null; }
      if (request.status !== 200 || !body || body.error) {
        $("result").hidden = true;
        showError((body && body.error) || `${t("failed")} (HTTP ${request.status})`);
        return;
      }
      state = { file, password, report: body, json: request.responseText, upload: request.getResponseHeader("X-ITA-Upload"), computed: {} };
      // What the year's framework computes from the tool scores, to show beside what is written.
      fetch("/api/computed", { method: "POST", headers: { "Content-Type": "application/json" }, body: request.responseText })
        .then((r) => (r.ok ? r.json() : {}))
        .catch(() => ({}))
        .then((computed) => { state.computed = computed || {}; render(); });
    };
    request.send(form);
  }

  function render() {
    const report = state.report;
    const diagnostics = report.diagnostics || [];
    const errors = diagnostics.filter((d) => d.severity === "error");
    const warnings = diagnostics.filter((d) => d.severity === "warning");
    // A note says what a text does not hold (a news item has no indicator table): no fault.
    const notes = diagnostics.filter((d) => d.severity === "note");
    const summary = $("summary");
    summary.replaceChildren();
    const add = (key, value) => summary.append(el("dt", { text: t(key) }), el("dd", { text: value }));
    add("file", report.source.file);
    if (report.kind === "resultsList") {
      // A results list: one result per agency, each a row of the scores table.
      add("announcedBy", (report.resultsList && report.resultsList.announcedBy) || "–");
      add("fiscalYear", report.fiscalYear ? String(report.fiscalYear) : "–");
      add("results", t("resultCount")((report.results || []).length));
    } else {
    const agency = report.agency || {};
    add("agency", [agency.name, agency.district, agency.province].filter(Boolean).join(" ") || "–");
    add("fiscalYear", report.fiscalYear ? String(report.fiscalYear) : "–");
    add("overall", score(report.overall && report.overall.score));
    add("level", (report.overall && report.overall.level) || "–");
    }
    add("findings", diagnostics.length === 0 ? t("noFindings") : t("counts")(errors.length, warnings.length, notes.length));

    // A Word draft has no pages: the last column gives paragraphs and table rows.
    $("scores").querySelector("thead th:last-child").textContent = t(report.source.kind === "docx" ? "place" : "page");
    const tbody = $("scores").querySelector("tbody");
    tbody.replaceChildren();
    for (const row of scoreRows(report, state.computed)) {
      const check = row.computed || checkFor(row.where, diagnostics);
      tbody.append(el("tr", {},
        el("td", { text: row.label }),
        el("td", { class: row.text ? "" : "num", text: row.text || score(row.score) }),
        el("td", { class: check.bad ? "num bad" : "num", text: check.text }),
        el("td", { text: whereText(row.where) })));
    }

    const box = $("findings");
    box.replaceChildren();
    if (errors.length === 0) box.append(el("p", { class: "none", id: "no-errors", text: warnings.length ? t("noErrors") : t("noFindings") }));
    for (const [severity, list] of [["error", errors], ["warning", warnings], ["note", notes]]) {
      if (list.length === 0) continue;
      const group = el("section", { class: "group " + severity, "data-severity": severity },
        el("h3", { text: `${t(severity)} (${list.length})` }));
      for (const d of list) {
        const index = diagnostics.indexOf(d);
        const detail = [d.found ? `${t("found")} ${d.found}` : "", d.expected ? `${t("expected")} ${d.expected}` : ""].filter(Boolean).join(", ");
        const places = [d.where].concat(d.alsoWhere || []).filter(Boolean);
        const item = el("button", { type: "button", class: "finding", "data-code": d.code },
          el("span", { class: "code", text: d.code }),
          el("span", { class: "where", text: placesText(places) }),
          el("span", { class: "message", text: d.message }));
        if (detail) item.append(el("span", { class: "detail", text: detail }));
        item.addEventListener("click", () => showPage(d, index));
        group.append(item);
      }
      box.append(group);
    }
    $("result").hidden = false;
  }

  function scoreRows(report, computed) {
    if (report.kind === "resultsList") {
      return (report.results || []).map((r) => {
        const tools = (r.tools || []).map((x) => `${x.code} ${x.points !== undefined ? x.points : score(x.score)}`).join(", ");
        const overall = r.overall || {};
        return {
          label: [r.rank, r.agency && r.agency.name].filter((x) => x !== undefined && x !== null).join(". "),
          text: [score(overall.score), overall.level, tools ? `(${tools})` : ""].filter(Boolean).join(" "),
          where: r.where,
        };
      });
    }
    const rows = [];
    const tools = computed.tools || {};
    const against = (written, value) => {
      if (value === undefined || value === null) return null;
      const bad = written === undefined || written === null || Math.abs(written - value) > 0.005;
      return { text: score(value), bad };
    };
    if (report.overall) {
      rows.push({ label: t("overall"), score: report.overall.score, where: report.overall.where, computed: against(report.overall.score, computed.overall) });
      if (report.overall.level || computed.level) {
        const level = computed.level
          ? { text: computed.level + (computed.levelIsHypothesis ? ` (${t("hypothesis")})` : ""), bad: report.overall.level !== computed.level }
          : { text: "–", bad: false };
        rows.push({ label: t("level"), text: report.overall.level || "–", where: report.overall.where, computed: level });
      }
    }
    const partsOf = {};
    for (const tool of report.tools || []) {
      const code = (tool.code || "").toUpperCase();
      rows.push({ label: tool.code + (tool.part ? ` ${t("part")} ${tool.part}` : ""), score: tool.score, where: tool.where,
                  computed: tool.part ? null : against(tool.score, tools[code]) });
      if (tool.part) partsOf[code] = (partsOf[code] || 0) + 1;
    }
    for (const code of Object.keys(partsOf)) {
      if (tools[code] !== undefined) rows.push({ label: `${code} (${t("combined")})`, text: "–", computed: { text: score(tools[code]), bad: false } });
    }
    for (const indicator of report.indicators || []) {
      rows.push({ label: `${t("indicator")} ${indicator.number} ${indicator.name}`, score: indicator.score, where: indicator.where });
    }
    return rows;
  }

  // The value ita computed for a score, from a finding at the same place; else the score agrees.
  function checkFor(where, diagnostics) {
    if (!where) return { text: "–", bad: false };
    const key = (p) => JSON.stringify([p.page, p.line, p.rect, p.paragraph, p.table, p.row, p.column, p.part]);
    const same = (a) => a && key(a) === key(where);
    const finding = diagnostics.find((d) => d.expected && same(d.where));
    if (finding) return { text: `${finding.code}: ${t("shouldBe")} ${finding.expected}`, bad: finding.severity === "error" };
    return { text: t("consistent"), bad: false };
  }

  // "หน้า 1, 4" for a finding about two places.
  function placesText(places) {
    const pages = [...new Set(places.map((p) => p.page).filter(Boolean))];
    if (pages.length) return `${t("page")} ${pages.join(", ")}`;
    const lines = [...new Set(places.map((p) => p.line).filter(Boolean))];
    if (lines.length) return `${t("line")} ${lines.join(", ")}`;
    return [...new Set(places.map(whereText).filter(Boolean))].join(", ");
  }

  // A Word document has no pages: "ตารางที่ 3 แถวที่ 4", "ย่อหน้าที่ 12".
  const inWord = (where) => where && (where.paragraph || where.table);

  function whereText(where) {
    if (!where) return "";
    if (where.page) return `${t("page")} ${where.page}`;
    if (where.line) return `${t("line")} ${where.line}`;
    const part = where.part ? `${t(where.part)} ` : "";
    if (where.table) return part + t("tableRow")(where.table, where.row);
    if (where.paragraph) return part + t("paragraph")(where.paragraph);
    return "";
  }

  // The paragraph or the table row of a finding in a Word document, the spot marked: the
  // finding's cell, and in it (or in the paragraph) what the finding found.
  function showPlace(diagnostic, where) {
    const excerpt = $("place-excerpt");
    excerpt.replaceChildren();
    excerpt.hidden = true;
    $("viewer-message").textContent = t("loadingPlace");
    const query = new URLSearchParams({ lang });
    for (const key of ["paragraph", "table", "row", "column", "part"]) if (where[key]) query.set(key, where[key]);
    fetch(`/api/uploads/${encodeURIComponent(state.upload)}/place?${query}`)
      .then((r) => r.json())
      .then((place) => {
        if (place.error) { $("viewer-message").textContent = place.error; return; }
        const marked = (text, focus) => {
          const at = focus && diagnostic.found ? text.indexOf(diagnostic.found) : -1;
          if (at < 0) return el("span", { text });
          return el("span", {}, text.slice(0, at), el("mark", { class: "spot", text: diagnostic.found }), text.slice(at + diagnostic.found.length));
        };
        if (place.kind === "row") {
          const table = el("table", { class: "excerpt" });
          if (place.header && where.row !== 1) table.append(el("thead", {}, el("tr", {}, ...place.header.map((h) => el("th", { text: h })))));
          const cells = place.cells.map((text, i) => {
            const focus = place.column ? i + 1 === place.column : true;
            return el("td", focus ? { class: "focus" } : {}, marked(text, focus));
          });
          table.append(el("tbody", {}, el("tr", {}, ...cells)));
          excerpt.append(el("div", { class: "table-wrap" }, table));
        } else {
          const quote = el("blockquote", { class: "excerpt" });
          for (const line of place.lines || []) quote.append(el("p", {}, marked(line, true)));
          excerpt.append(quote);
        }
        excerpt.hidden = false;
        $("viewer-message").textContent = diagnostic.message;
      })
      .catch(() => { $("viewer-message").textContent = t("failed"); });
  }

  function closeViewer() {
    if ($("viewer").hidden) return;
    $("viewer").hidden = true;
    if (opener && document.body.contains(opener)) opener.focus();
  }

  // A finding about two places (a score written twice) shows the first; a button per other
  // place on another page shows that one, the finding outlined in red on both.
  function showPage(diagnostic, index, place) {
    if (!place) opener = document.activeElement;
    const viewer = $("viewer");
    const image = $("page-image");
    viewer.hidden = false;
    const where = place || diagnostic.where || {};
    $("viewer-title").textContent = `${diagnostic.code} · ${whereText(where)}`;
    const others = $("viewer-places");
    others.replaceChildren();
    // A page of a PDF, or a paragraph or table row of a Word document.
    const places = [diagnostic.where].concat(diagnostic.alsoWhere || []).filter((p) => p && (p.page || inWord(p)));
    const names = [...new Set(places.map((p) => (p.page ? `${t("page")} ${p.page}` : whereText(p))))];
    if (state.upload && names.length > 1) {
      const nameOf = (p) => (p.page ? `${t("page")} ${p.page}` : whereText(p));
      for (const name of names) {
        const button = el("button", { type: "button", class: "place", "aria-pressed": String(name === nameOf(where)), text: name });
        button.addEventListener("click", () => showPage(diagnostic, index, places.find((p) => nameOf(p) === name)));
        others.append(button);
      }
    }
    $("place-excerpt").hidden = true;
    if (state.upload && inWord(where)) {
      image.hidden = true;
      image.removeAttribute("src");
      showPlace(diagnostic, where);
    } else if (!state.upload || !where.page) {
      image.hidden = true;
      image.removeAttribute("src");
      $("viewer-message").textContent = where.line ? t("noPageImage") : "";
    } else {
      image.hidden = false;
      $("viewer-message").textContent = t("loadingPage");
      image.onload = () => { $("viewer-message").textContent = diagnostic.message; };
      image.onerror = () => { $("viewer-message").textContent = t("failed"); };
      image.alt = `${t("pageTitle")} ${where.page}: ${diagnostic.code}`;
      image.src = `/api/uploads/${encodeURIComponent(state.upload)}/pages/${where.page}.png?focus=${index}&lang=${lang}`;
    }
    viewer.scrollIntoView({ behavior: "smooth", block: "start" });
    $("viewer-close").focus({ preventScroll: true });
  }

  function download(name, type, text) {
    const link = el("a", { href: URL.createObjectURL(new Blob([text], { type })), download: name });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  }

  function csv() {
    const quote = (v) => {
      const s = v === null || v === undefined ? "" : String(v);
      return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
    };
    const r = state.report;
    // Where: page and line (PDF, text), paragraph or table, row and column (Word).
    const place = (w) => ["page", "line", "paragraph", "table", "row", "column"].map((k) => w && w[k]);
    const lines = [["kind", "code", "part", "number", "name", "score", "page", "line", "paragraph", "table", "row", "column"].join(",")];
    if (r.overall) lines.push(["overall", "", "", "", "", r.overall.score, ...place(r.overall.where)].map(quote).join(","));
    for (const x of r.tools || []) lines.push(["tool", x.code, x.part, "", "", x.score, ...place(x.where)].map(quote).join(","));
    for (const x of r.indicators || []) lines.push(["indicator", x.tool, "", x.number, x.name, x.score, ...place(x.where)].map(quote).join(","));
    return "\uFEFF" + lines.join("\r\n") + "\r\n";
  }

  function baseName() { return (state.report.source.file || "report").replace(/\.[^.]*$/, ""); }

  document.addEventListener("DOMContentLoaded", () => {
    applyLanguage();
    $("lang-th").addEventListener("click", () => setLanguage("th"));
    $("lang-en").addEventListener("click", () => setLanguage("en"));
    const drop = $("drop");
    for (const name of ["dragenter", "dragover"]) drop.addEventListener(name, (e) => { e.preventDefault(); drop.classList.add("over"); });
    for (const name of ["dragleave", "drop"]) drop.addEventListener(name, () => drop.classList.remove("over"));
    drop.addEventListener("drop", (e) => {
      e.preventDefault();
      if (e.dataTransfer.files.length) upload(e.dataTransfer.files[0], $("password").value);
    });
    $("file").addEventListener("change", () => { if ($("file").files.length) upload($("file").files[0], $("password").value); });
    $("upload").addEventListener("submit", (e) => {
      e.preventDefault();
      if (!$("file").files.length) { showError(t("chooseFirst")); $("file").focus(); return; }
      upload($("file").files[0], $("password").value);
    });
    $("viewer-close").addEventListener("click", closeViewer);
    document.addEventListener("keydown", (e) => { if (e.key === "Escape") closeViewer(); });
    $("download-json").addEventListener("click", () => download(baseName() + ".json", "application/json", state.json));
    $("download-csv").addEventListener("click", () => download(baseName() + "-scores.csv", "text/csv", csv()));
  });
})();
