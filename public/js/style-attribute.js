// Tolk's charts are drawn with plotters, which measures each label's text
// by making a detached <span>, setting its style *attribute* and reading its
// size. The page's Content-Security-Policy (style-src 'self', no
// 'unsafe-inline') refuses style attributes, so the measurement would run
// at the browser's default font and log a violation per label. The same
// declarations set through the CSSOM (`element.style.cssText`) are not
// inline style in CSP's sense and are allowed. This routes
// setAttribute("style", ...) on an element not yet in the document (only
// such a span: the app itself never sets a style attribute) to the CSSOM.
// Style attributes in markup stay refused, as does any on an element
// already in the page.
(() => {
  const setAttribute = Element.prototype.setAttribute;
  Element.prototype.setAttribute = function (name, value) {
    if (name === "style" && !this.isConnected) {
      this.style.cssText = value;
      return;
    }
    return setAttribute.call(this, name, value);
  };
})();
