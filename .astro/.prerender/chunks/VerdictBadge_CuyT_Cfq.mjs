import { E as unescapeHTML, c as renderComponent, g as maybeRenderHead, h as renderTemplate, l as Fragment, v as addAttribute } from "./server_UE8OVB-D.mjs";
import { t as createComponent } from "./astro-component_fNV_zsZ4.mjs";
import { r as createAstro } from "./Base_BmlNalGC.mjs";
import { T as verdict } from "./aggregates_Ij4fX8Et.mjs";
import { r as label } from "./labels_B5CHuau5.mjs";
// site/src/components/EvidenceBadge.astro
createAstro("http://localhost:4321");
var $$EvidenceBadge = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$EvidenceBadge;
	const { evidence, size = "small" } = Astro.props;
	const text = `Kunnskapsgrunnlag nivå ${evidence.strength}: ${label.evidence(evidence.strength, evidence.direction)}`;
	return renderTemplate`${maybeRenderHead($$result)}<span${addAttribute([
		"aksel-tag",
		"utp-badge",
		size === "small" && "aksel-tag--small"
	], "class:list")} data-color="accent"${addAttribute(evidence.strength >= 3 ? "strong" : "outline", "data-variant")}><span>${text}</span><span class="utp-badge__meter" aria-hidden="true">${[
		1,
		2,
		3,
		4
	].map((n) => renderTemplate`<span${addAttribute([n <= evidence.strength && "is-on"], "class:list")}></span>`)}</span></span>`;
}, "/work/wt-plan/site/src/components/EvidenceBadge.astro", void 0);
// node_modules/@navikt/aksel-icons/dist/svg/MagnifyingGlass.svg?raw
var MagnifyingGlass_default = "<svg width=\"1em\" height=\"1em\" viewBox=\"0 0 24 24\" fill=\"none\" xmlns=\"http://www.w3.org/2000/svg\">\n<path fill-rule=\"evenodd\" clip-rule=\"evenodd\" d=\"M10.5 3.25C6.49594 3.25 3.25 6.49594 3.25 10.5C3.25 14.5041 6.49594 17.75 10.5 17.75C12.2319 17.75 13.8219 17.1427 15.0689 16.1295L20.4801 21.5407C20.773 21.8336 21.2478 21.8336 21.5407 21.5407C21.8336 21.2478 21.8336 20.773 21.5407 20.4801L16.1295 15.0689C17.1427 13.8219 17.75 12.2319 17.75 10.5C17.75 6.49594 14.5041 3.25 10.5 3.25ZM4.75 10.5C4.75 7.32436 7.32436 4.75 10.5 4.75C13.6756 4.75 16.25 7.32436 16.25 10.5C16.25 13.6756 13.6756 16.25 10.5 16.25C7.32436 16.25 4.75 13.6756 4.75 10.5Z\" fill=\"currentColor\"/>\n</svg>\n";
// node_modules/@navikt/aksel-icons/dist/svg/CheckmarkCircle.svg?raw
var CheckmarkCircle_default = "<svg width=\"1em\" height=\"1em\" viewBox=\"0 0 24 24\" fill=\"none\" xmlns=\"http://www.w3.org/2000/svg\">\n<path fill-rule=\"evenodd\" clip-rule=\"evenodd\" d=\"M3.75 12C3.75 7.44365 7.44365 3.75 12 3.75C16.5563 3.75 20.25 7.44365 20.25 12C20.25 16.5563 16.5563 20.25 12 20.25C7.44365 20.25 3.75 16.5563 3.75 12ZM12 2.25C6.61522 2.25 2.25 6.61522 2.25 12C2.25 17.3848 6.61522 21.75 12 21.75C17.3848 21.75 21.75 17.3848 21.75 12C21.75 6.61522 17.3848 2.25 12 2.25ZM16.5725 9.48444C16.8401 9.16824 16.8007 8.695 16.4845 8.42745C16.1683 8.15989 15.695 8.19932 15.4275 8.51553L10.454 14.3933L8.03033 11.9697C7.73744 11.6768 7.26256 11.6768 6.96967 11.9697C6.67678 12.2625 6.67678 12.7374 6.96967 13.0303L9.96967 16.0303C10.118 16.1786 10.3216 16.2581 10.5312 16.2493C10.7407 16.2406 10.9371 16.1446 11.0725 15.9844L16.5725 9.48444Z\" fill=\"currentColor\"/>\n</svg>\n";
// node_modules/@navikt/aksel-icons/dist/svg/CircleBroken.svg?raw
var CircleBroken_default = "<svg width=\"1em\" height=\"1em\" viewBox=\"0 0 24 24\" fill=\"none\" xmlns=\"http://www.w3.org/2000/svg\">\n<path fill-rule=\"evenodd\" clip-rule=\"evenodd\" d=\"M12 3.75C7.44365 3.75 3.75 7.44365 3.75 12C3.75 15.5909 6.04464 18.6478 9.24993 19.7808C10.1091 20.0844 11.0344 20.25 12 20.25C12.4142 20.25 12.75 20.5858 12.75 21C12.75 21.4142 12.4142 21.75 12 21.75C10.8618 21.75 9.76756 21.5546 8.75007 21.195C4.9642 19.8569 2.25 16.2464 2.25 12C2.25 6.61522 6.61522 2.25 12 2.25C16.2464 2.25 19.8569 4.9642 21.195 8.75007C21.5546 9.76756 21.75 10.8618 21.75 12C21.75 12.4142 21.4142 12.75 21 12.75C20.5858 12.75 20.25 12.4142 20.25 12C20.25 11.0344 20.0844 10.1091 19.7808 9.24993C18.6478 6.04464 15.5909 3.75 12 3.75Z\" fill=\"currentColor\"/>\n</svg>\n";
// node_modules/@navikt/aksel-icons/dist/svg/XMarkOctagon.svg?raw
var XMarkOctagon_default = "<svg width=\"1em\" height=\"1em\" viewBox=\"0 0 24 24\" fill=\"none\" xmlns=\"http://www.w3.org/2000/svg\">\n<path fill-rule=\"evenodd\" clip-rule=\"evenodd\" d=\"M8.27208 2.25C8.07317 2.25 7.8824 2.32902 7.74175 2.46967L2.46967 7.74175C2.32902 7.8824 2.25 8.07317 2.25 8.27208V15.7279C2.25 15.9268 2.32902 16.1176 2.46967 16.2583L7.74175 21.5303C7.8824 21.671 8.07316 21.75 8.27208 21.75H15.7279C15.9268 21.75 16.1176 21.671 16.2583 21.5303L21.5303 16.2583C21.671 16.1176 21.75 15.9268 21.75 15.7279V8.27208C21.75 8.07317 21.671 7.8824 21.5303 7.74175L16.2583 2.46967C16.1176 2.32902 15.9268 2.25 15.7279 2.25H8.27208ZM3.75 8.58274L8.58274 3.75H15.4173L20.25 8.58274V15.4173L15.4173 20.25H8.58274L3.75 15.4173V8.58274ZM9.03033 7.96967C8.73744 7.67678 8.26256 7.67678 7.96967 7.96967C7.67678 8.26256 7.67678 8.73744 7.96967 9.03033L10.9393 12L7.96967 14.9697C7.67678 15.2626 7.67678 15.7374 7.96967 16.0303C8.26256 16.3232 8.73744 16.3232 9.03033 16.0303L12 13.0607L14.9697 16.0303C15.2626 16.3232 15.7374 16.3232 16.0303 16.0303C16.3232 15.7374 16.3232 15.2626 16.0303 14.9697L13.0607 12L16.0303 9.03033C16.3232 8.73744 16.3232 8.26256 16.0303 7.96967C15.7374 7.67678 15.2626 7.67678 14.9697 7.96967L12 10.9393L9.03033 7.96967Z\" fill=\"currentColor\"/>\n</svg>\n";
// node_modules/@navikt/aksel-icons/dist/svg/ExclamationmarkTriangle.svg?raw
var ExclamationmarkTriangle_default = "<svg width=\"1em\" height=\"1em\" viewBox=\"0 0 24 24\" fill=\"none\" xmlns=\"http://www.w3.org/2000/svg\">\n<path fill-rule=\"evenodd\" clip-rule=\"evenodd\" d=\"M12 2.25C12.2731 2.25 12.5245 2.3984 12.6565 2.63743L22.1828 19.8874C22.3111 20.1198 22.3071 20.4026 22.1722 20.6312C22.0373 20.8597 21.7917 21 21.5263 21H2.47372C2.20832 21 1.96268 20.8597 1.8278 20.6312C1.69292 20.4026 1.68888 20.1198 1.81718 19.8874L11.3435 2.63743C11.4755 2.3984 11.7269 2.25 12 2.25ZM20.2553 19.5L12 4.55142L3.74467 19.5H20.2553ZM12 8.75C12.4142 8.75 12.75 9.08579 12.75 9.5V13.5C12.75 13.9142 12.4142 14.25 12 14.25C11.5858 14.25 11.25 13.9142 11.25 13.5V9.5C11.25 9.08579 11.5858 8.75 12 8.75ZM12 15.5C11.4477 15.5 11 15.9477 11 16.5C11 17.0523 11.4477 17.5 12 17.5C12.5523 17.5 13 17.0523 13 16.5C13 15.9477 12.5523 15.5 12 15.5Z\" fill=\"currentColor\"/>\n</svg>\n";
// node_modules/@navikt/aksel-icons/dist/svg/Hourglass.svg?raw
var Hourglass_default = "<svg width=\"1em\" height=\"1em\" viewBox=\"0 0 24 24\" fill=\"none\" xmlns=\"http://www.w3.org/2000/svg\">\n<path fill-rule=\"evenodd\" clip-rule=\"evenodd\" d=\"M6 3.25C5.58579 3.25 5.25 3.58579 5.25 4C5.25 4.41421 5.58579 4.75 6 4.75H6.31509C6.4236 6.7158 6.95721 8.59565 7.86104 10.0523C8.36344 10.862 8.97716 11.5308 9.67032 12C8.97716 12.4692 8.36344 13.138 7.86104 13.9477C6.95721 15.4044 6.4236 17.2842 6.31509 19.25H6C5.58579 19.25 5.25 19.5858 5.25 20C5.25 20.4142 5.58579 20.75 6 20.75H18C18.4142 20.75 18.75 20.4142 18.75 20C18.75 19.5858 18.4142 19.25 18 19.25H17.7016C17.5931 17.2842 17.0595 15.4044 16.1557 13.9477C15.6533 13.138 15.0395 12.4692 14.3464 12C15.0395 11.5308 15.6533 10.862 16.1557 10.0523C17.0595 8.59565 17.5931 6.7158 17.7016 4.75H18C18.4142 4.75 18.75 4.41421 18.75 4C18.75 3.58579 18.4142 3.25 18 3.25H6ZM12.0084 11.25C12.9797 11.25 14.0347 10.6255 14.8811 9.26142C15.6189 8.07239 16.092 6.47648 16.1991 4.75L7.81762 4.75C7.92469 6.47647 8.39783 8.07239 9.13562 9.26142C9.98204 10.6255 11.037 11.25 12.0084 11.25ZM12.0084 12.75C11.037 12.75 9.98204 13.3745 9.13562 14.7386C8.39783 15.9276 7.92469 17.5235 7.81762 19.25L16.1991 19.25C16.092 17.5235 15.6189 15.9276 14.8811 14.7386C14.0347 13.3745 12.9797 12.75 12.0084 12.75Z\" fill=\"currentColor\"/>\n</svg>\n";
// node_modules/@navikt/aksel-icons/dist/svg/QuestionmarkCircle.svg?raw
var QuestionmarkCircle_default = "<svg width=\"1em\" height=\"1em\" viewBox=\"0 0 24 24\" fill=\"none\" xmlns=\"http://www.w3.org/2000/svg\">\n<path fill-rule=\"evenodd\" clip-rule=\"evenodd\" d=\"M12 3.75C7.44365 3.75 3.75 7.44365 3.75 12C3.75 16.5563 7.44365 20.25 12 20.25C16.5563 20.25 20.25 16.5563 20.25 12C20.25 7.44365 16.5563 3.75 12 3.75ZM2.25 12C2.25 6.61522 6.61522 2.25 12 2.25C17.3848 2.25 21.75 6.61522 21.75 12C21.75 17.3848 17.3848 21.75 12 21.75C6.61522 21.75 2.25 17.3848 2.25 12ZM11.0498 16.9C11.0498 16.3753 11.4751 15.95 11.9998 15.95C12.5245 15.95 12.9498 16.3753 12.9498 16.9C12.9498 17.4247 12.5245 17.85 11.9998 17.85C11.4751 17.85 11.0498 17.4247 11.0498 16.9ZM10.25 9.5C10.25 8.5335 11.0335 7.75 12 7.75H12.1361C13.0274 7.75 13.75 8.47255 13.75 9.36387C13.75 9.85413 13.5271 10.3178 13.1443 10.6241L12.7028 10.9773C11.7845 11.7119 11.25 12.8241 11.25 14C11.25 14.4142 11.5858 14.75 12 14.75C12.4142 14.75 12.75 14.4142 12.75 14C12.75 13.2797 13.0774 12.5985 13.6398 12.1486L14.0814 11.7954C14.82 11.2045 15.25 10.3098 15.25 9.36387C15.25 7.64413 13.8559 6.25 12.1361 6.25H12C10.2051 6.25 8.75 7.70507 8.75 9.5C8.75 9.91421 9.08579 10.25 9.5 10.25C9.91421 10.25 10.25 9.91421 10.25 9.5Z\" fill=\"currentColor\"/>\n</svg>\n";
// node_modules/@navikt/aksel-icons/dist/svg/Download.svg?raw
var Download_default = "<svg width=\"1em\" height=\"1em\" viewBox=\"0 0 24 24\" fill=\"none\" xmlns=\"http://www.w3.org/2000/svg\">\n<path fill-rule=\"evenodd\" clip-rule=\"evenodd\" d=\"M12 2.75C12.4142 2.75 12.75 3.08579 12.75 3.5V12.1893L15.9697 8.96967C16.2626 8.67678 16.7374 8.67678 17.0303 8.96967C17.3232 9.26256 17.3232 9.73744 17.0303 10.0303L12.5303 14.5303C12.2374 14.8232 11.7626 14.8232 11.4697 14.5303L6.96967 10.0303C6.67678 9.73744 6.67678 9.26256 6.96967 8.96967C7.26256 8.67678 7.73744 8.67678 8.03033 8.96967L11.25 12.1893V3.5C11.25 3.08579 11.5858 2.75 12 2.75ZM4.75 15.5C4.75 15.0858 4.41421 14.75 4 14.75C3.58579 14.75 3.25 15.0858 3.25 15.5V19C3.25 19.9665 4.0335 20.75 5 20.75H19C19.9665 20.75 20.75 19.9665 20.75 19V15.5C20.75 15.0858 20.4142 14.75 20 14.75C19.5858 14.75 19.25 15.0858 19.25 15.5V19C19.25 19.1381 19.1381 19.25 19 19.25H5C4.86193 19.25 4.75 19.1381 4.75 19V15.5Z\" fill=\"currentColor\"/>\n</svg>\n";
// node_modules/@navikt/aksel-icons/dist/svg/Branching.svg?raw
var Branching_default = "<svg width=\"1em\" height=\"1em\" viewBox=\"0 0 24 24\" fill=\"none\" xmlns=\"http://www.w3.org/2000/svg\">\n<path fill-rule=\"evenodd\" clip-rule=\"evenodd\" d=\"M12.25 5.5C12.25 6.47966 11.6239 7.31309 10.75 7.62197V12.25H12C14.3472 12.25 16.25 10.3472 16.25 8V7.62197C15.3761 7.31309 14.75 6.47966 14.75 5.5C14.75 4.25736 15.7574 3.25 17 3.25C18.2426 3.25 19.25 4.25736 19.25 5.5C19.25 6.47966 18.6239 7.31309 17.75 7.62197V8C17.75 11.1756 15.1756 13.75 12 13.75H10.75V16.378C11.6239 16.6869 12.25 17.5203 12.25 18.5C12.25 19.7426 11.2426 20.75 10 20.75C8.75736 20.75 7.75 19.7426 7.75 18.5C7.75 17.5203 8.37611 16.6869 9.25 16.378V7.62197C8.37611 7.31309 7.75 6.47966 7.75 5.5C7.75 4.25736 8.75736 3.25 10 3.25C11.2426 3.25 12.25 4.25736 12.25 5.5ZM10 4.75C9.58579 4.75 9.25 5.08579 9.25 5.5C9.25 5.91421 9.58579 6.25 10 6.25C10.4142 6.25 10.75 5.91421 10.75 5.5C10.75 5.08579 10.4142 4.75 10 4.75ZM17 6.25C17.4142 6.25 17.75 5.91421 17.75 5.5C17.75 5.08579 17.4142 4.75 17 4.75C16.5858 4.75 16.25 5.08579 16.25 5.5C16.25 5.91421 16.5858 6.25 17 6.25ZM9.25 18.5C9.25 18.0858 9.58579 17.75 10 17.75C10.4142 17.75 10.75 18.0858 10.75 18.5C10.75 18.9142 10.4142 19.25 10 19.25C9.58579 19.25 9.25 18.9142 9.25 18.5Z\" fill=\"currentColor\"/>\n</svg>\n";
// node_modules/@navikt/aksel-icons/dist/svg/Sparkles.svg?raw
var Sparkles_default = "<svg width=\"1em\" height=\"1em\" viewBox=\"0 0 24 24\" fill=\"none\" xmlns=\"http://www.w3.org/2000/svg\">\n<path fill-rule=\"evenodd\" clip-rule=\"evenodd\" d=\"M13 1.75C13.2914 1.75 13.5564 1.91877 13.6796 2.18282L14.2007 3.2993L15.3172 3.82037C15.5812 3.9436 15.75 4.20861 15.75 4.5C15.75 4.79139 15.5812 5.0564 15.3172 5.17963L14.2007 5.7007L13.6796 6.81718C13.5564 7.08123 13.2914 7.25 13 7.25C12.7086 7.25 12.4436 7.08123 12.3204 6.81718L11.7993 5.7007L10.6828 5.17963C10.4188 5.0564 10.25 4.79139 10.25 4.5C10.25 4.20861 10.4188 3.9436 10.6828 3.82037L11.7993 3.2993L12.3204 2.18282C12.4436 1.91877 12.7086 1.75 13 1.75ZM13 4.26047C12.9395 4.35752 12.8575 4.43948 12.7605 4.5C12.8575 4.56052 12.9395 4.64248 13 4.73953C13.0605 4.64248 13.1425 4.56052 13.2395 4.5C13.1425 4.43948 13.0605 4.35752 13 4.26047ZM7 4.25C7.29139 4.25 7.5564 4.41877 7.67963 4.68282L8.83709 7.16291L11.3172 8.32037C11.5812 8.4436 11.75 8.70861 11.75 9C11.75 9.29139 11.5812 9.5564 11.3172 9.67963L8.83709 10.8371L7.67963 13.3172C7.5564 13.5812 7.29139 13.75 7 13.75C6.70861 13.75 6.4436 13.5812 6.32037 13.3172L5.16291 10.8371L2.68282 9.67963C2.41877 9.5564 2.25 9.29139 2.25 9C2.25 8.70861 2.41877 8.4436 2.68282 8.32037L5.16291 7.16291L6.32037 4.68282C6.4436 4.41877 6.70861 4.25 7 4.25ZM7 6.77342L6.40684 8.04439C6.33234 8.20402 6.20402 8.33234 6.04439 8.40684L4.77342 9L6.04439 9.59316C6.20402 9.66766 6.33234 9.79598 6.40684 9.95561L7 11.2266L7.59316 9.95561C7.66766 9.79598 7.79598 9.66766 7.95561 9.59316L9.22658 9L7.95561 8.40684C7.79598 8.33234 7.66766 8.20402 7.59316 8.04439L7 6.77342ZM15.6796 8.68282C15.5564 8.41877 15.2914 8.25 15 8.25C14.7086 8.25 14.4436 8.41877 14.3204 8.68282L12.5265 12.5265L8.68282 14.3204C8.41877 14.4436 8.25 14.7086 8.25 15C8.25 15.2914 8.41877 15.5564 8.68282 15.6796L12.5265 17.4735L14.3204 21.3172C14.4436 21.5812 14.7086 21.75 15 21.75C15.2914 21.75 15.5564 21.5812 15.6796 21.3172L17.4735 17.4735L21.3172 15.6796C21.5812 15.5564 21.75 15.2914 21.75 15C21.75 14.7086 21.5812 14.4436 21.3172 14.3204L17.4735 12.5265L15.6796 8.68282ZM13.7704 13.408L15 10.7734L16.2296 13.408C16.3041 13.5676 16.4324 13.6959 16.592 13.7704L19.2266 15L16.592 16.2296C16.4324 16.3041 16.3041 16.4324 16.2296 16.592L15 19.2266L13.7704 16.592C13.6959 16.4324 13.5676 16.3041 13.408 16.2296L10.7734 15L13.408 13.7704C13.5676 13.6959 13.6959 13.5676 13.7704 13.408Z\" fill=\"currentColor\"/>\n</svg>\n";
// node_modules/@navikt/aksel-icons/dist/svg/Files.svg?raw
var Files_default = "<svg width=\"1em\" height=\"1em\" viewBox=\"0 0 24 24\" fill=\"none\" xmlns=\"http://www.w3.org/2000/svg\">\n<path fill-rule=\"evenodd\" clip-rule=\"evenodd\" d=\"M8.25 3.5C8.25 2.80964 8.80964 2.25 9.5 2.25H14C14.1989 2.25 14.3897 2.32902 14.5303 2.46967L19.5303 7.46967C19.671 7.61032 19.75 7.80109 19.75 8V16.5C19.75 17.1904 19.1904 17.75 18.5 17.75H9.5C8.80964 17.75 8.25 17.1904 8.25 16.5V3.5ZM14.5 8.75C13.8096 8.75 13.25 8.19036 13.25 7.5V3.75H9.75V16.25H18.25V8.75H14.5ZM14.75 4.81066L17.1893 7.25H14.75V4.81066ZM6.50182 7.75H5.75V20.25H14.25V19.5022C14.25 19.088 14.5858 18.7522 15 18.7522C15.4142 18.7522 15.75 19.088 15.75 19.5022V20.5C15.75 21.1904 15.1904 21.75 14.5 21.75H5.5C4.80964 21.75 4.25 21.1904 4.25 20.5V7.5C4.25 6.80964 4.80964 6.25 5.5 6.25H6.50182C6.91604 6.25 7.25182 6.58579 7.25182 7C7.25182 7.41421 6.91604 7.75 6.50182 7.75Z\" fill=\"currentColor\"/>\n</svg>\n";
// node_modules/@navikt/aksel-icons/dist/svg/EnvelopeClosed.svg?raw
var EnvelopeClosed_default = "<svg width=\"1em\" height=\"1em\" viewBox=\"0 0 24 24\" fill=\"none\" xmlns=\"http://www.w3.org/2000/svg\">\n<path fill-rule=\"evenodd\" clip-rule=\"evenodd\" d=\"M3 5.25C2.58579 5.25 2.25 5.58579 2.25 6V19C2.25 19.4142 2.58579 19.75 3 19.75H21C21.4142 19.75 21.75 19.4142 21.75 19V6C21.75 5.58579 21.4142 5.25 21 5.25H3ZM3.75 17.1893L9.02277 11.9166L3.75 8.40139V17.1893ZM10.2956 12.7651L4.81066 18.25H19.1893L13.7044 12.7651L12.416 13.624C12.1641 13.792 11.8359 13.792 11.584 13.624L10.2956 12.7651ZM14.9772 11.9166L20.25 8.40139V17.1893L14.9772 11.9166ZM3.97708 6.75L12 12.0986L20.0229 6.75H3.97708Z\" fill=\"currentColor\"/>\n</svg>\n";
// node_modules/@navikt/aksel-icons/dist/svg/Clipboard.svg?raw
var Clipboard_default = "<svg width=\"1em\" height=\"1em\" viewBox=\"0 0 24 24\" fill=\"none\" xmlns=\"http://www.w3.org/2000/svg\">\n<path fill-rule=\"evenodd\" clip-rule=\"evenodd\" d=\"M8.25 3C8.25 2.58579 8.58579 2.25 9 2.25H15C15.4142 2.25 15.75 2.58579 15.75 3V4.25H18C18.4142 4.25 18.75 4.58579 18.75 5V21C18.75 21.4142 18.4142 21.75 18 21.75H6C5.58579 21.75 5.25 21.4142 5.25 21V5C5.25 4.58579 5.58579 4.25 6 4.25H8.25V3ZM15.75 6C15.75 6.41421 15.4142 6.75 15 6.75H9C8.58579 6.75 8.25 6.41421 8.25 6V5.75H6.75V20.25H17.25V5.75H15.75V6ZM14.25 5.25H9.75V3.75H14.25V5.25ZM9 9.25C8.58579 9.25 8.25 9.58579 8.25 10C8.25 10.4142 8.58579 10.75 9 10.75H15C15.4142 10.75 15.75 10.4142 15.75 10C15.75 9.58579 15.4142 9.25 15 9.25H9ZM9 12.25C8.58579 12.25 8.25 12.5858 8.25 13C8.25 13.4142 8.58579 13.75 9 13.75H15C15.4142 13.75 15.75 13.4142 15.75 13C15.75 12.5858 15.4142 12.25 15 12.25H9ZM8.25 16C8.25 15.5858 8.58579 15.25 9 15.25H13C13.4142 15.25 13.75 15.5858 13.75 16C13.75 16.4142 13.4142 16.75 13 16.75H9C8.58579 16.75 8.25 16.4142 8.25 16Z\" fill=\"currentColor\"/>\n</svg>\n";
// site/src/components/Icon.astro
createAstro("http://localhost:4321");
var $$Icon = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Icon;
	const svg = {
		search: MagnifyingGlass_default,
		check: CheckmarkCircle_default,
		partial: CircleBroken_default,
		cross: XMarkOctagon_default,
		warning: ExclamationmarkTriangle_default,
		hourglass: Hourglass_default,
		question: QuestionmarkCircle_default,
		download: Download_default,
		branching: Branching_default,
		star: Sparkles_default,
		files: Files_default,
		envelope: EnvelopeClosed_default,
		copy: Clipboard_default
	}[Astro.props.name].replace("<svg ", "<svg aria-hidden=\"true\" focusable=\"false\" ");
	return renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`${unescapeHTML(svg)}` })}`;
}, "/work/wt-plan/site/src/components/Icon.astro", void 0);
// site/src/components/VerdictBadge.astro
createAstro("http://localhost:4321");
var $$VerdictBadge = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$VerdictBadge;
	const { pilot, size = "small" } = Astro.props;
	const ICON = {
		worked: "check",
		mixed: "partial",
		"not-worked": "cross",
		harmful: "warning",
		inconclusive: "hourglass",
		"no-results": "question"
	};
	const v = verdict({
		outcome: pilot.results?.outcome,
		evidence: pilot.evidence
	});
	return renderTemplate`${maybeRenderHead($$result)}<span${addAttribute([
		"aksel-tag",
		"utp-badge",
		size === "small" && "aksel-tag--small"
	], "class:list")}${addAttribute(v.color, "data-color")}${addAttribute(v.kind === "no-results" ? "outline" : "moderate", "data-variant")}${addAttribute(v.kind, "data-verdict")}>${size === "medium" && renderTemplate`${renderComponent($$result, "Icon", $$Icon, { "name": ICON[v.kind] })}`}<span>${v.label}</span></span>`;
}, "/work/wt-plan/site/src/components/VerdictBadge.astro", void 0);
export { $$Icon as n, $$EvidenceBadge as r, $$VerdictBadge as t };
