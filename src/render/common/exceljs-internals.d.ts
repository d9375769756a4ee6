// Types for the parts of exceljs (4.4.0, pinned) used beyond its public API.
declare module 'exceljs/lib/xlsx/xform/sheet/print-options-xform.js' {
  /** Renders <printOptions> from {horizontalCentered, verticalCentered, …}; '' when none is set. */
  export default class PrintOptionsXform {
    toXml(model: Record<string, boolean | undefined>): string;
  }
}
