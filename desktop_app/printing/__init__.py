"""Paper from the desk: work orders (派工单) drawn with ReportLab from plain data.

Loads neither Qt nor ReportLab on import, so the command line and the screen's font
setup may use it cheaply. Its modules:

- font_files: finds a CJK TrueType font file (and the shipped resources) without Qt;
- fonts, paper_labels, work_order_parts, work_order_pdf: the documents — plain data in,
  PDF bytes out; they import nothing else of desktop_app;
- work_orders: render the tickets' work orders, hand the PDF over, then record the
  printing on each ticket — the one way both the command line and the desk print;
- qt_print: everything Qt — preview, the printer dialog, saving, and
  `print_work_orders(parent, context, ticket_ids, mode=...)` for the pages."""
