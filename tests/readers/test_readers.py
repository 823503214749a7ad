"""The PDF, Word and HTML readers, on small documents built here."""
from __future__ import annotations

import zipfile
from io import BytesIO

import docx
import pypdfium2 as pdfium
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from pipeline.errors import UnreadableInput, UnsupportedFormat
from pipeline.readers.pdf import page_picture, read_pdf, render_page, text_layer
from pipeline.readers.pdf_layout import mend_hyphenation
from pipeline.readers.web import read_html
from pipeline.readers.word import read_docx


# --- PDF ---------------------------------------------------------------------------------

def make_pdf(pages: list[list[tuple[float, float, str, float]]], encrypt: str | StandardEncryption | None = None,
             image_pages: tuple[int, ...] = ()) -> bytes:
    """A PDF with strings drawn at (x, y, text, font size), page by page."""
    buffer = BytesIO()
    c = canvas.Canvas(buffer, pagesize=A4, encrypt=encrypt)
    for number, strings in enumerate(pages):
        if number in image_pages:
            c.drawImage(ImageReader(Image.new("RGB", (60, 80), "white")), 0, 0, *A4)
        for x, y, text, size in strings:
            c.setFont("Helvetica", size)
            c.drawString(x, y, text)
        c.showPage()
    c.save()
    return buffer.getvalue()


def lines_at(x: float, y: float, texts: list[str], leading: float = 14, size: float = 10):
    return [(x, y - i * leading, text, size) for i, text in enumerate(texts)]


PROSE_PAGE = lines_at(72, 780, [
    "La CPTS rassemble plus de 450 profes-",
    "sionnels de santé du territoire, de",
    "Venarey-",
    "lès-Laumes à Saint-",
    "Apollinaire, avec un porte-",
    "parole élu.",
]) + lines_at(72, 680, ["Un second paragraphe, après un espace plus grand.", "Il continue ici."])

LEFT = ["La colonne de gauche commence ici avec", "une deuxième ligne de texte suivie", "d'une troisième ligne bien remplie",
        "et d'une quatrième ligne de prose", "puis une cinquième ligne de texte", "et la sixième ligne qui la termine."]
RIGHT = ["La colonne de droite commence ensuite", "avec sa deuxième ligne de texte", "puis une troisième ligne de prose",
         "une quatrième ligne assez longue", "encore une cinquième ligne de mots", "et la sixième ligne de la droite."]
TWO_COLUMN_PAGE = ([(72, 800, "Lancement de la CPTS du Pays de Lorient en Bretagne sud", 14)]
                   + lines_at(72, 760, LEFT) + lines_at(320, 765, RIGHT)
                   + [(72, 640, "Contact presse : ARS Bretagne, 6 place des Colombes, 35000 Rennes", 9)])


def test_pdf_mends_broken_words_and_keeps_compounds():
    text = text_layer(make_pdf([PROSE_PAGE]))[0]
    assert text.split("\n\n")[0] == (
        "La CPTS rassemble plus de 450 professionnels\n"
        "de santé du territoire, de\n"
        "Venarey-lès-Laumes\n"
        "à Saint-Apollinaire,\n"
        "avec un porte-parole\n"
        "élu.")


def test_pdf_keeps_a_blank_line_between_paragraphs():
    text = text_layer(make_pdf([PROSE_PAGE]))[0]
    # The second paragraph's first line fills the text width: its break is the layout's.
    assert text.endswith("élu.\n\nUn second paragraphe, après un espace plus grand. Il continue ici.")
    assert text.count("\n\n") == 1


def test_pdf_reads_the_left_column_before_the_right_one():
    text = text_layer(make_pdf([TWO_COLUMN_PAGE]))[0]
    title, body, contact = text.split("\n\n")
    assert title == "Lancement de la CPTS du Pays de Lorient en Bretagne sud"
    assert " ".join(body.split()) == " ".join(LEFT + RIGHT)  # full lines of a column are joined
    assert contact == "Contact presse : ARS Bretagne, 6 place des Colombes, 35000 Rennes"


def test_pdf_labels_and_values_are_not_columns():
    labels = lines_at(72, 780, ["Date :", "Lieu :", "Contact :", "Territoire :"])
    values = lines_at(300, 780, ["4 mars 2024", "Lorient", "Maëlle Guillou", "30 communes"])
    text = text_layer(make_pdf([labels + values]))[0]
    assert text == "Date : 4 mars 2024\nLieu : Lorient\nContact : Maëlle Guillou\nTerritoire : 30 communes"


def test_read_pdf_joins_pages_with_form_feeds():
    data = make_pdf([PROSE_PAGE, TWO_COLUMN_PAGE])
    first, second = text_layer(data)
    ingested = read_pdf(data)
    assert ingested.raw == f"{first}\f{second}"
    assert (ingested.format, ingested.pages, ingested.ocr) == ("pdf", 2, None)
    assert ingested.page_starts == [0, len(first) + 1]


def test_pdf_fake_bold_is_read_once():
    title = "Lancement de la CPTS du Pays de Lorient"
    text = text_layer(make_pdf([[(72, 780, title, 14), (72.3, 780, title, 14)]]))[0]
    assert text == title


def test_pdf_page_without_text_layer_is_left_to_ocr():
    data = make_pdf([PROSE_PAGE, [(72, 40, "3", 9)]], image_pages=(1,))
    texts = text_layer(data)
    assert texts[0].startswith("La CPTS") and texts[1] is None
    document = pdfium.PdfDocument(data)
    try:
        image = render_page(document, 1, dpi=36)
    finally:
        document.close()
    assert image.mode == "L" and image.size == (round(A4[0] / 2), round(A4[1] / 2))
    ingested = read_pdf(data)
    assert ingested.format == "pdf_scanned" and ingested.ocr.pages == [2] and ingested.pages == 2
    assert ingested.raw.startswith("La CPTS")


def test_scanned_page_gives_its_stored_image_with_its_resolution():
    scan = Image.new("L", (1240, 1754), 255)  # an A4 page at 150 dpi
    scan.paste(0, (100, 100, 400, 130))
    buffer = BytesIO()
    c = canvas.Canvas(buffer, pagesize=A4)
    c.drawImage(ImageReader(scan), 0, 0, *A4)
    c.showPage()
    c.drawImage(ImageReader(scan), 0, 0, *A4)
    c.drawString(72, 40, "page 2")  # an image with text over it is rendered instead
    c.showPage()
    c.save()
    document = pdfium.PdfDocument(buffer.getvalue())
    try:
        stored, rendered = page_picture(document, 0), page_picture(document, 1)
    finally:
        document.close()
    assert stored.size == scan.size and stored.info["dpi"] == (150, 150)
    assert stored.getpixel((200, 115)) == 0 and stored.getpixel((600, 600)) == 255
    assert abs(rendered.width - A4[0] * 300 / 72) <= 1 and rendered.info["dpi"] == (300, 300)


@pytest.mark.parametrize("data, message", [
    (b"%PDF-1.4\nthis is not a PDF body", "corrupt PDF: "),
    (make_pdf([PROSE_PAGE])[:600], "corrupt PDF: "),
    (make_pdf([PROSE_PAGE], encrypt="secret"), "encrypted PDF: a password is needed to read it"),
    (make_pdf([]), "PDF has no pages"),
])
def test_unreadable_pdfs(data, message):
    with pytest.raises(UnreadableInput) as error:
        text_layer(data)
    assert str(error.value).startswith(message)


def test_pdf_with_only_an_owner_password_is_read():
    data = make_pdf([PROSE_PAGE], encrypt=StandardEncryption("", ownerPassword="owner", canPrint=0))
    assert text_layer(data)[0].startswith("La CPTS rassemble plus de 450 professionnels\n")


def test_mend_hyphenation_on_text():
    assert mend_hyphenation("profes-\nsionnels de santé") == "professionnels\nde santé"
    assert mend_hyphenation("la coordi\u00adnatrice\nx") == "la coordi\u00adnatrice\nx"
    assert mend_hyphenation("la coordi\u00ad\nnatrice est") == "la coordinatrice\nest"
    assert mend_hyphenation("le porte-\nparole") == "le porte-parole"
    assert mend_hyphenation("Saint-\nApollinaire et") == "Saint-Apollinaire\net"
    assert mend_hyphenation("ateliers pré-\net post-nataux") == "ateliers pré-\net post-nataux"
    assert mend_hyphenation("the health pro-\nfessionals") == "the health professionals"


# --- DOCX --------------------------------------------------------------------------------

def paragraph_xml(inner: str, properties: str = ""):
    return parse_xml(f'<w:p {nsdecls("w", "wp", "a")}>{properties}{inner}</w:p>')


TRACKED = ('<w:bookmarkStart w:id="0" w:name="_Ref_effectif"/>'
           '<w:r><w:t xml:space="preserve">Elle compte </w:t></w:r>'
           '<w:del w:id="1" w:author="A" w:date="2024-01-01T00:00:00Z"><w:r><w:delText>400</w:delText></w:r></w:del>'
           '<w:ins w:id="2" w:author="A" w:date="2024-01-01T00:00:00Z"><w:r><w:t>450</w:t></w:r></w:ins>'
           '<w:r><w:t xml:space="preserve"> professionnels.</w:t></w:r><w:bookmarkEnd w:id="0"/>')
FIELD = ('<w:r><w:t xml:space="preserve">Mise à jour le </w:t></w:r>'
         '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
         '<w:r><w:instrText xml:space="preserve"> DATE \\@ "d MMMM yyyy" </w:instrText></w:r>'
         '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>4 mars 2024</w:t></w:r>'
         '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
         '<w:r><w:rPr><w:vanish/></w:rPr><w:t> (texte masqué)</w:t></w:r>'
         '<w:r><w:t xml:space="preserve"> à Venarey</w:t><w:noBreakHyphen/><w:t>lès</w:t><w:noBreakHyphen/>'
         '<w:t>Laumes</w:t><w:softHyphen/><w:t>.</w:t><w:tab/><w:t>Fin</w:t></w:r>')
NUMBERED = '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>'
# A text box as Word writes it: the drawing, and a VML copy for older readers.
TEXT_BOX = ('<w:r><w:t>Voir l’encadré.</w:t></w:r><w:r>'
            '<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
            '<mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData>'
            '<wps:wsp xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
            '<wps:txbx><w:txbxContent><w:p><w:r><w:t>Contact : cpts@example.fr</w:t></w:r></w:p>'
            '</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>'
            '</mc:Choice><mc:Fallback><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox>'
            '<w:txbxContent><w:p><w:r><w:t>Contact : cpts@example.fr</w:t></w:r></w:p></w:txbxContent>'
            '</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>')


def make_docx() -> bytes:
    document = docx.Document()
    document.add_paragraph("Communiqué de presse")
    document.add_paragraph("La CPTS du Pays\u00a0de Lorient est lancée.")
    document.add_paragraph("Ses missions :")
    document.add_paragraph("l'accès à un médecin traitant ;", style="List Bullet")
    document.add_paragraph("les soins non programmés.", style="List Bullet")
    document.add_paragraph("– la prévention.")
    section_properties = document.element.body[-1]
    for element in (paragraph_xml(TRACKED), paragraph_xml(FIELD),
                    paragraph_xml("<w:r><w:t>une action numérotée</w:t></w:r>", NUMBERED),
                    paragraph_xml(TEXT_BOX)):
        section_properties.addprevious(element)
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Président"
    table.cell(0, 1).text = "Dr Yannick Le Goff"
    table.cell(1, 0).merge(table.cell(1, 1)).text = "Contact : 02 97 00 00 00"
    nested = table.cell(0, 0).add_table(rows=1, cols=2)
    nested.cell(0, 0).text = "médecin"
    nested.cell(0, 1).text = "généraliste"
    document.add_paragraph("Fin du communiqué.")
    buffer = BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_docx_reads_what_the_reader_sees_in_order():
    ingested = read_docx(make_docx())
    assert ingested.format == "docx"
    assert ingested.pages == 1  # python-docx's template saved one page in docProps/app.xml
    assert ingested.raw == (
        "Communiqué de presse\n\n"
        "La CPTS du Pays\u00a0de Lorient est lancée.\n\n"
        "Ses missions :\n\n"
        "• l'accès à un médecin traitant ;\n"
        "• les soins non programmés.\n"
        "– la prévention.\n\n"
        "Elle compte 450 professionnels.\n\n"
        "Mise à jour le 4 mars 2024 à Venarey-lès-Laumes.\tFin\n\n"
        "• une action numérotée\n\n"
        "Voir l’encadré.\n\n"
        "Contact : cpts@example.fr\n\n"
        "Président\n\nmédecin\ngénéraliste\n\nDr Yannick Le Goff\n\n"
        "Contact : 02 97 00 00 00\n\n"
        "Fin du communiqué.")
    for artefact in ("400", "_Ref_effectif", "DATE", "masqué"):
        assert artefact not in ingested.raw


def test_docx_without_saved_page_count():
    data = make_docx()
    rebuilt = BytesIO()
    with zipfile.ZipFile(BytesIO(data)) as source, zipfile.ZipFile(rebuilt, "w") as target:
        for item in source.infolist():
            if item.filename != "docProps/app.xml":
                target.writestr(item, source.read(item.filename))
    assert read_docx(rebuilt.getvalue()).pages is None


def zip_of(members: dict[str, str]) -> bytes:
    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


XLSX_TYPES = ('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Override PartName="/xl/workbook.xml" ContentType="application/'
              'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>')


@pytest.mark.parametrize("data", [
    zip_of({"[Content_Types].xml": XLSX_TYPES, "xl/workbook.xml": "<workbook/>"}),
    zip_of({"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": "<office/>"}),
])
def test_zip_archives_that_are_not_word_documents(data):
    with pytest.raises(UnsupportedFormat, match="zip archive that is not a DOCX document"):
        read_docx(data)


@pytest.mark.parametrize("data", [
    b"PK\x03\x04 truncated",
    zip_of({"word/styles.xml": "<styles/>"}),
    make_docx()[:2000],
])
def test_corrupt_docx(data):
    with pytest.raises(UnreadableInput, match="^corrupt DOCX: "):
        read_docx(data)


# --- HTML --------------------------------------------------------------------------------

ARTICLE_PAGE = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>CPTS</title><style>p{color:red}</style></head>
<body class="page header-fixed">
<div id="cookie-banner"><p>Nous utilisons des cookies pour améliorer votre expérience.</p>
<button>Accepter</button></div>
<header class="site-header"><a href="/" class="logo">ARS Bretagne</a>
<nav><ul><li><a href="/">Accueil</a></li><li><a href="/actualites">Actualités</a></li></ul></nav></header>
<nav class="breadcrumb"><a href="/">Accueil</a> &gt; <a href="/presse">Presse</a></nav>
<div class="page-title"><h1>Lancement de la CPTS du Pays de Lorient</h1></div>
<main>
<article>
<p class="dateline"><time datetime="2024-03-04">Rennes, le 4&nbsp;mars 2024</time></p>
<div class="share-buttons"><a href="#">Partager sur Facebook</a> <a href="#">Twitter</a></div>
<p>La communauté professionnelle territoriale de santé (CPTS) du
   Pays de Lorient a été <strong>officiellement lancée</strong> ce lundi.</p>
<h2>Ses missions</h2>
<ul><li>l'accès à un médecin traitant ;</li><li>les soins non programmés.</li></ul>
<table><tr><th>Président</th><td>Dr Yannick Le Goff</td></tr>
<tr><th>Coordinatrice</th><td>Maëlle Guillou</td></tr></table>
<p>Contact&nbsp;: presse@example.fr<br>Tél. 02 97 00 00 00</p>
<script>var x = "ne pas lire";</script>
</article>
<aside><h3>À lire aussi</h3><ul><li><a href="/a">Une autre CPTS</a></li></ul></aside>
</main>
<footer><p>ARS Bretagne – Mentions légales</p></footer>
</body></html>"""

DIV_PAGE = """<html><head><title>Actualité</title></head><body>
<div id="top"><div class="links"><a href="/1">Accueil</a> | <a href="/2">Nos missions</a></div></div>
<div id="wrap">
 <div id="left"><ul><li><a href="/a">Actualités régionales de la santé</a></li>
  <li><a href="/b">Offre de soins et parcours des patients</a></li>
  <li><a href="/c">Prévention et promotion de la santé</a></li>
  <li><a href="/d">Professionnels de santé libéraux</a></li></ul></div>
 <div id="c1">
  <div class="titre">Une CPTS dans l'Audomarois</div>
  <p>La CPTS de l'Audomarois a été inaugurée le 12 janvier 2024 à Saint-Omer.</p>
  <p>Elle réunit 180 professionnels de santé sur 53 communes et 120 000 habitants.</p>
  <p>Son président est le Dr Jean Martin, pharmacien à Arques.</p>
 </div>
 <div id="right"><p><a href="/x">Toutes nos actualités, nos publications et nos événements</a></p>
  <p><a href="/y">Abonnez-vous à notre lettre d'information mensuelle</a></p></div>
</div>
<div id="bottom"><a href="/m">Mentions légales</a> <a href="/p">Plan du site</a></div>
</body></html>"""

CP1252_PAGE = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
</head><body><p>Inauguration de la CPTS à Châlons – «\u00a0santé\u00a0» en Champagne, 2\u00a0000 €.</p></body></html>"""


def test_html_article_without_site_chrome():
    ingested = read_html(ARTICLE_PAGE.encode("utf-8"))
    assert (ingested.format, ingested.pages) == ("html", None)
    assert ingested.raw == (
        "Lancement de la CPTS du Pays de Lorient\n\n"
        "Rennes, le 4\u00a0mars 2024\n\n"
        "La communauté professionnelle territoriale de santé (CPTS) du Pays de Lorient "
        "a été officiellement lancée ce lundi.\n\n"
        "Ses missions\n\n"
        "• l'accès à un médecin traitant ;\n"
        "• les soins non programmés.\n\n"
        "Président | Dr Yannick Le Goff\n"
        "Coordinatrice | Maëlle Guillou\n\n"
        "Contact\u00a0: presse@example.fr\n"
        "Tél. 02 97 00 00 00")


def test_html_content_found_among_link_heavy_blocks():
    assert read_html(DIV_PAGE.encode("utf-8")).raw == (
        "Une CPTS dans l'Audomarois\n\n"
        "La CPTS de l'Audomarois a été inaugurée le 12 janvier 2024 à Saint-Omer.\n\n"
        "Elle réunit 180 professionnels de santé sur 53 communes et 120 000 habitants.\n\n"
        "Son président est le Dr Jean Martin, pharmacien à Arques.")


def test_html_declared_cp1252():
    assert read_html(CP1252_PAGE.encode("cp1252")).raw == (
        "Inauguration de la CPTS à Châlons – «\u00a0santé\u00a0» en Champagne, 2\u00a0000 €.")


def test_html_undeclared_encodings():
    page = "<html><body><p>Réunion à Besançon</p></body></html>"
    assert read_html(page.encode("utf-8")).raw == "Réunion à Besançon"
    assert read_html(page.encode("cp1252")).raw == "Réunion à Besançon"
    assert read_html(b"\xef\xbb\xbf" + page.encode("utf-8")).raw == "Réunion à Besançon"


def test_html_article_keeps_its_own_title_block():
    page = """<html><body><header><h1><a href="/">ARS</a></h1></header>
    <article><header class="entry-header"><h1>La CPTS Sud Morbihan</h1>
    <div class="social-share"><a href="#">Partager</a></div></header>
    <p>Texte du communiqué sur la CPTS, lancée le 2 avril 2024.</p>
    <footer class="entry-footer">Mots-clés : CPTS</footer></article></body></html>"""
    assert read_html(page.encode()).raw == (
        "La CPTS Sud Morbihan\n\nTexte du communiqué sur la CPTS, lancée le 2 avril 2024.")
