using ReportPipeline.Core.Text;

namespace ReportPipeline.Core.Statements;

public static partial class SentenceSplitter
{
    /// <summary>Holds the paragraph or table row being read and the section and suggestion area it sits in.</summary>
    private sealed class Builder(bool pdf)
    {
        private readonly TextAccumulator _paragraph = new();
        private List<TextAccumulator>? _row;
        private string? _section;
        private string? _area;
        private bool _key;

        public List<Sentence> Sentences { get; } = [];

        public bool RowOpen => _row is not null;

        public bool ParagraphEndsSentence => _paragraph.IsEmpty || EndsSentence(_paragraph.Text);

        public void AddRow(List<string> cells, TextLine line)
        {
            FlushParagraph();
            var leadingEmpty = cells.TakeWhile(c => c.Length == 0).Count();
            var filled = cells.Where(c => c.Length > 0).ToList();
            if (_row is not null && RowContinues(filled, leadingEmpty))
            {
                if (leadingEmpty > 0)
                {
                    for (var k = leadingEmpty; k < cells.Count; k++)
                    {
                        Append(_row[Math.Min(k, _row.Count - 1)], cells[k], line);
                    }
                }
                else if (filled.Count == _row.Count)
                {
                    for (var k = 0; k < filled.Count; k++)
                    {
                        Append(_row[k], filled[k], line);
                    }
                }
                else
                {
                    Append(_row[0], filled[0], line);
                    foreach (var cell in filled.Skip(1))
                    {
                        Append(_row[^1], cell, line);
                    }
                }

                return;
            }

            FlushRow();
            _row = [];
            foreach (var cell in filled)
            {
                var column = new TextAccumulator();
                Append(column, cell, line);
                _row.Add(column);
            }
        }

        /// <summary>A PDF line without cells that carries on the last cell of the open row.</summary>
        public bool ContinuesRow(string text)
        {
            if (_row is null || !pdf)
            {
                return false;
            }

            if (!char.IsUpper(text[0]))
            {
                return true;
            }

            var last = _row[^1].Text;
            return WordCount(last) >= 4 && !EndsSentence(last);
        }

        public void AppendToRow(string text, TextLine line) => Append(_row![^1], text, line);

        /// <summary>
        /// A PDF line of the first column alone that carries on a row title the layout cut mid-phrase after the
        /// description had ended: "Second Plan for the Eradication of" / "Forced Labor". Otherwise the row keeps
        /// half a title and the rest becomes a line of prose.
        /// </summary>
        public bool ContinuesTitle(string text) =>
            _row is { Count: >= 2 } row && pdf && char.IsUpper(text[0]) && WordCount(text) <= 8 && !text.TrimEnd().EndsWith('.')
            && OpenTitle().IsMatch(row[0].Text.TrimEnd());

        public void AppendToTitle(string text, TextLine line) => Append(_row![0], text, line);

        /// <summary>
        /// A PDF line of the first column alone that carries on the open row's title where <see cref="ContinuesTitle"/> does not:
        /// the row's period on a line of its own ("(2013–2016)"), or a title going on with a small word after the description
        /// has ended its sentence ("… Eliminate the Worst Forms" / "of Child Labor†"), which <see cref="ContinuesRow"/> would
        /// add to the description and so run the next row into this one.
        /// </summary>
        public bool ContinuesRowLabel(string text)
        {
            if (_row is not { Count: >= 2 } row || IsProse(row[0].Text) || !char.IsUpper(row[0].Text[0]))
            {
                return false;
            }

            var title = row[0].Text.TrimEnd();
            if (LonePeriod().IsMatch(text))
            {
                return !HasPeriod().IsMatch(title);
            }

            if (HasPeriod().IsMatch(title) || WordCount(text) > 8 || EndsSentence(text))
            {
                return false;
            }

            return char.IsLower(text[0]) && EndsSentence(row[^1].Text);
        }

        public void AppendToRowLabel(string text, TextLine line) => Append(_row![0], text, line);

        /// <summary>A table's key ("† Policy was approved …"): it closes the row above and is a paragraph of its own, not the start of the next one.</summary>
        public void AddTableKey(string text, TextLine line)
        {
            FlushRow();
            FlushParagraph();
            Append(_paragraph, text, line);
            _key = true;
        }

        public void AddHeading(string text, TextLine line)
        {
            FlushParagraph();
            FlushRow();
            var area = AreaOf(text);
            if (area is not null && _section == ReportSections.SuggestedActions)
            {
                _area = area;
            }
            else
            {
                var section = SectionOf(text);
                if (section is not null || IsStrongHeading(text))
                {
                    _section = section;
                    _area = null;
                }
            }

            Sentences.Add(new Sentence(text, line.Page, line.Offset, SentenceKind.Heading, null, _section));
        }

        public void AddProse(string text, TextLine line)
        {
            FlushRow();
            if ((!pdf || _key) && !_paragraph.IsEmpty && !char.IsLower(text[0]))
            {
                // In a PDF a key line's text ends with its line unless the next line carries it on.
                FlushParagraph();
            }

            Append(_paragraph, text, line);
        }

        public void Flush()
        {
            FlushParagraph();
            FlushRow();
        }

        private bool RowContinues(List<string> filled, int leadingEmpty)
        {
            var first = filled[0];
            if (leadingEmpty > 0)
            {
                // An empty first cell carries on the row above, unless the text above is finished
                // and this starts afresh (a new row whose first column is blank).
                var above = _row![Math.Min(leadingEmpty, _row.Count - 1)].Text;
                return !char.IsUpper(first[0]) || !EndsSentence(above);
            }

            if (!pdf)
            {
                return false;
            }

            if (!char.IsUpper(first[0]))
            {
                // A lower-case word, a bracket or a year carries the row on; a title that begins with a number does not
                // ("10-Year Plan for Children", "4-year Development Plan").
                return !NumberedTitle().IsMatch(first);
            }

            if (_row!.Count >= 2 && _row.All(cell => cell.FragmentCount == 1) && OpenTitle().IsMatch(_row[0].Text.TrimEnd()))
            {
                // "National Policy for" / "Children of …": a title cut mid-phrase on the row's first line goes on, even where
                // its description ended a sentence on that line. Further down, the layout may have run the title's end into
                // the description, and the next titled line is a new row.
                return true;
            }

            if (filled.Count >= 2 && MarkedTitle().IsMatch(first) && char.IsUpper(filled[1][0]) && !OpenTitle().IsMatch(_row[0].Text.TrimEnd())
                && !_row[^1].Text.TrimEnd().EndsWith('-'))
            {
                // "Sindh Labor Policy†" beside "Seeks to …": a finished title with its table mark and a description that starts
                // afresh is a new row, even where the row above ended without its full stop (but not after a word cut at its
                // hyphen, "South-" / "South exchanges").
                return false;
            }

            if (filled.Count >= 2 && MarkedTitle().IsMatch(first) && char.IsUpper(filled[1][0]) && !OpenTitle().IsMatch(_row[0].Text.TrimEnd())
                && !_row[^1].Text.TrimEnd().EndsWith('-'))
            {
                // "Sindh Labor Policy†" beside "Seeks to …": a finished title with its table mark and a description that starts
                // afresh is a new row, even where the row above ended without its full stop (but not after a word cut at its
                // hyphen, "South-" / "South exchanges").
                return false;
            }

            var last = _row[^1].Text;
            return WordCount(last) >= 4 && !EndsSentence(last);
        }

        private static void Append(TextAccumulator target, string cell, TextLine line)
        {
            var at = line.Text.IndexOf(cell, StringComparison.Ordinal);
            target.Append(cell, line.Offset + Math.Max(at, 0), line.Page);
        }

        private void FlushParagraph()
        {
            if (_paragraph.IsEmpty)
            {
                return;
            }

            Emit(_paragraph, rowLabel: null, wholeUnit: !pdf);
            _paragraph.Clear();
            _key = false;
        }

        private void FlushRow()
        {
            if (_row is null)
            {
                return;
            }

            var row = _row;
            _row = null;
            var cells = row.Select(c => c.Text).ToList();
            var first = cells[0];
            if (first.StartsWith("Key ", StringComparison.OrdinalIgnoreCase) || TableTitle().IsMatch(first))
            {
                _section = SectionOf(first) ?? _section;
            }

            var firstArea = AreaOf(first);
            if (firstArea is not null && _section == ReportSections.SuggestedActions)
            {
                _area = firstArea;
            }

            if (!cells.Any(IsProse))
            {
                var (offset, page) = row[0].Locate(0);
                Sentences.Add(new Sentence(string.Join(" ", cells), page, offset, SentenceKind.TableRow, first, _section));
                return;
            }

            var label = IsProse(first) ? null : firstArea ?? first.TrimEnd(':', ' ');
            for (var k = 0; k < row.Count; k++)
            {
                if (IsProse(cells[k]))
                {
                    Emit(row[k], label, wholeUnit: true);
                }
            }
        }

        /// <summary>
        /// Splits joined text into sentences. A "Name (period): …" lead-in labels every sentence of a
        /// bounded unit (a text paragraph or a cell); in a PDF's running text it labels only its own sentence.
        /// </summary>
        private void Emit(TextAccumulator source, string? rowLabel, bool wholeUnit)
        {
            var text = source.Text;
            string? unitLabel = null;
            foreach (var (start, end) in Boundaries(text))
            {
                var sentence = text[start..end].Trim();
                if (sentence.Count(char.IsLetter) < 3)
                {
                    continue;
                }

                var ownLabel = LeadIn(sentence)?.Label;
                if (wholeUnit && ownLabel is not null)
                {
                    unitLabel = ownLabel;
                }

                var area = _section == ReportSections.SuggestedActions ? _area : null;
                var label = ownLabel ?? unitLabel ?? rowLabel ?? area;
                var (offset, page) = source.Locate(start);
                Sentences.Add(new Sentence(sentence, page, offset, SentenceKind.Prose, label, _section));
            }
        }

        private static bool IsStrongHeading(string text)
        {
            var letters = text.Where(char.IsLetter).ToList();
            return TableTitle().IsMatch(text) || SectionNumber().IsMatch(text) || (letters.Count >= 6 && letters.All(char.IsUpper));
        }
    }
}
