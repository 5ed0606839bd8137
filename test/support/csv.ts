/**
 * Reads a CSV the way a spreadsheet opened by double-click does, with the list separator of its locale
 * (`;` in a Norwegian Excel, `,` in an English one): a cell is quoted only when it begins with a quote (doubled
 * quotes inside it are one quote, and what follows the closing quote up to the separator is kept as text);
 * quotes elsewhere are plain characters; a line break outside quotes ends the row.
 */
export function parseCsv(text: string, delimiter: ";" | "," = ";"): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  const endRow = () => {
    rows.push(row);
    row = [];
  };
  while (i < text.length) {
    let cell = "";
    if (text[i] === '"') {
      i++;
      for (; i < text.length; i++) {
        if (text[i] === '"' && text[i + 1] === '"') {
          cell += '"';
          i++;
        } else if (text[i] === '"') {
          i++;
          break;
        } else cell += text[i];
      }
    }
    while (i < text.length && text[i] !== delimiter && text[i] !== "\r" && text[i] !== "\n") cell += text[i++];
    row.push(cell);
    if (text[i] === delimiter) {
      i++;
      if (i === text.length) row.push("");
    } else {
      if (text[i] === "\r" && text[i + 1] === "\n") i++;
      i++;
      endRow();
    }
  }
  if (row.length > 0) endRow();
  return rows;
}
