import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { i as openDataRows, r as OPEN_DATA_COLUMNS } from "./aggregates_Ij4fX8Et.mjs";
import { t as siteData } from "./data_q_bPrWOu.mjs";
import { n as urls } from "./urls_B5rn07oK.mjs";
import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
// shared/public/open-data-xlsx.ts
/** Column widths in characters, by type, so the sheet opens readable. */
var WIDTH = {
	text: 28,
	integer: 12,
	decimal: 10,
	count: 12,
	date: 12,
	datetime: 20,
	url: 50
};
function typedCell(value, column) {
	if (value === void 0 || value === "") return null;
	switch (column.type) {
		case "integer":
		case "decimal": return typeof value === "number" ? value : Number.isFinite(Number(value)) ? Number(value) : value;
		case "count": return value;
		case "date": return typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value) ? /* @__PURE__ */ new Date(`${value}T00:00:00Z`) : value;
		case "datetime": {
			const date = typeof value === "string" ? new Date(value) : void 0;
			return date && !Number.isNaN(date.getTime()) ? date : value;
		}
		case "url": return typeof value === "string" && /^https?:\/\//.test(value) ? {
			text: value,
			hyperlink: value
		} : value;
		case "text": return String(value);
	}
}
/**
* The open data as an Excel workbook (`/data/utprovinger.xlsx`), written by exceljs: one sheet with the same
* header and columns as the CSV, numbers as numbers, dates as dates, links as links, and every text cell
* neutralised against formulas (exceljs writes strings as strings, never as formulas). Norwegian Excel opens
* it without the import wizard the comma CSV needs.
*/
async function pilotsToXlsx(pilots, context) {
	const chunks = [];
	const stream = new PassThrough();
	stream.on("data", (chunk) => chunks.push(chunk));
	const ended = new Promise((resolve, reject) => {
		stream.on("end", resolve);
		stream.on("error", reject);
	});
	const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
		stream,
		useStyles: true,
		useSharedStrings: true
	});
	workbook.creator = "Utprøvingsbanken";
	const newest = pilots.map((p) => p.updatedAt).sort().at(-1);
	workbook.created = workbook.modified = new Date(newest ?? "2020-01-01T00:00:00Z");
	const sheet = workbook.addWorksheet("Utprøvinger", { views: [{
		state: "frozen",
		ySplit: 1
	}] });
	sheet.columns = OPEN_DATA_COLUMNS.map((c) => ({
		header: c.key,
		key: c.key,
		width: WIDTH[c.type],
		...c.type === "date" ? { style: { numFmt: "dd.mm.yyyy" } } : c.type === "datetime" ? { style: { numFmt: "dd.mm.yyyy hh:mm" } } : {}
	}));
	sheet.getRow(1).font = { bold: true };
	sheet.autoFilter = {
		from: {
			row: 1,
			column: 1
		},
		to: {
			row: 1,
			column: OPEN_DATA_COLUMNS.length
		}
	};
	for (const row of openDataRows(pilots, context)) sheet.addRow(OPEN_DATA_COLUMNS.map((column, i) => typedCell(row[i], column))).commit();
	sheet.commit();
	await workbook.commit();
	await ended;
	const written = Buffer.concat(chunks);
	return new Uint8Array(written.buffer.slice(written.byteOffset, written.byteOffset + written.byteLength));
}
// site/src/pages/data/utprovinger.xlsx.ts
var utprovinger_xlsx_exports = /* @__PURE__ */ __exportAll({ GET: () => GET });
/** Open data as an Excel workbook: the same columns as the CSV, typed, for Norwegian Excel. */
var GET = async ({ site }) => {
	const data = await siteData();
	const workbook = await pilotsToXlsx(data.pilots, {
		offices: data.offices,
		methods: data.methods,
		pilotUrl: (p) => new URL(urls.pilot(p), site).href
	});
	return new Response(workbook, { headers: { "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" } });
};
// \0virtual:astro:page:src/pages/data/utprovinger.xlsx@_@ts
var page = () => utprovinger_xlsx_exports;
export { page };
