// The handout works without JavaScript; this only wires the print button (inline handlers are not allowed by the CSP).
document.addEventListener('DOMContentLoaded', () => {
  const print = document.getElementById('print');
  if (print) {
    print.addEventListener('click', () => window.print());
  }
});
