"""Runs inside a Python that has LibreOffice's uno bridge; started by libreoffice.Session.

usage: python lo_worker.py SOFFICE FOLDER

Starts a headless LibreOffice with its profile in FOLDER and listening on a pipe named after
FOLDER (so parallel sessions never meet), then answers JSON requests, one per line on stdin:

    {"docx": PATH, "bookmarks": [NAME, ...], "pdf": PATH or null, "properties": {...}}

with one JSON line on stdout: {"pages": [page of each bookmark], "page_count": N}, or
{"error": "..."}. The first line it writes is {"version": "7.4.7.2"}. It closes LibreOffice
when stdin ends. Nothing from policygen is imported here: this Python has none of its
dependencies.
"""

import contextlib
import json
import os
import subprocess
import sys
import time


def main():
    try:
        import uno  # noqa: F401
    except ImportError:
        reply({"error": "this Python cannot import uno (install python3-uno)"})
        return
    soffice, folder = sys.argv[1], sys.argv[2]
    pipe = "policygen" + "".join(c for c in folder if c.isalnum())
    process = subprocess.Popen(
        [soffice, "--headless", "--invisible", "--nologo", "--norestore", "--nodefault", "--nolockcheck",
         "-env:UserInstallation=" + uno.systemPathToFileUrl(os.path.join(folder, "profile")),
         f"--accept=pipe,name={pipe};urp;"],
        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    desktop = None
    try:
        context = connect(pipe, process)
        if context is None:
            reply({"error": "LibreOffice did not start"})
            return
        desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
        reply({"version": product_version(context)})
        for line in sys.stdin:
            try:
                reply(lay_out(desktop, json.loads(line)))
            except Exception as exc:  # a UNO error: report it, LibreOffice may still be usable
                reply({"error": f"{type(exc).__name__}: {exc}"})
    finally:
        if desktop is not None:
            with contextlib.suppress(Exception):
                desktop.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def reply(message):
    sys.stdout.write(json.dumps(message) + "\n")
    sys.stdout.flush()


def connect(pipe, process, timeout=170):
    import uno

    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            return resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
        except Exception:
            if process.poll() is not None:
                return None
            time.sleep(0.1)
    return None


def prop(name, value):
    from com.sun.star.beans import PropertyValue

    item = PropertyValue()
    item.Name, item.Value = name, value
    return item


def product_version(context):
    provider = context.ServiceManager.createInstanceWithContext("com.sun.star.configuration.ConfigurationProvider", context)
    node = provider.createInstanceWithArguments("com.sun.star.configuration.ConfigurationAccess", (prop("nodepath", "/org.openoffice.Setup/Product"),))
    return node.getByName("ooSetupVersionAboutBox")


def lay_out(desktop, request):
    import uno

    document = desktop.loadComponentFromURL(uno.systemPathToFileUrl(request["docx"]), "_blank", 0, (prop("Hidden", True),))
    try:
        controller = document.getCurrentController()
        cursor = controller.getViewCursor()
        marks = document.getBookmarks()
        pages = []
        for name in request["bookmarks"]:
            if not marks.hasByName(name):
                return {"error": f"the document has no bookmark {name}"}
            cursor.gotoRange(marks.getByName(name).getAnchor(), False)
            pages.append(cursor.getPage())
        page_count = controller.getPropertyValue("PageCount")
        if request["pdf"]:
            export_pdf(document, request["pdf"], request["properties"])
        return {"pages": pages, "page_count": page_count}
    finally:
        document.close(True)


def export_pdf(document, path, properties):
    """A tagged PDF (PDF/UA), with bookmarks from the headings and the title shown in the window."""
    import uno

    info = document.getDocumentProperties()
    # The .docx import splits keywords at spaces; set them, and the rest, from the policy itself.
    info.Title = properties.get("title", info.Title)
    info.Author = properties.get("author", info.Author)
    info.Subject = properties.get("subject", info.Subject)
    info.Keywords = tuple(properties.get("keywords", info.Keywords))
    options = [
        prop("UseTaggedPDF", True),
        prop("PDFUACompliance", True),
        prop("ExportBookmarks", True),
        prop("DisplayPDFDocumentTitle", True),
        prop("ExportNotes", False),
    ]
    data = uno.Any("[]com.sun.star.beans.PropertyValue", tuple(options))
    document.storeToURL(uno.systemPathToFileUrl(path), (prop("FilterName", "writer_pdf_Export"), prop("FilterData", data)))


if __name__ == "__main__":
    main()
