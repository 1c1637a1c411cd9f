using System.Text;

namespace ReportPipeline.Core.Statements;

/// <summary>
/// Joins line fragments into running text the way a reader would (a word broken by an
/// end-of-line hyphen is mended, "(2017–" + "2020)" closes up) and remembers where each
/// fragment came from, so a sentence found in the joined text can name its page and offset.
/// </summary>
internal sealed class TextAccumulator
{
    private readonly StringBuilder _text = new();
    private readonly List<(int Index, int Offset, int? Page)> _segments = [];

    public int Length => _text.Length;

    public bool IsEmpty => _text.Length == 0;

    public string Text => _text.ToString();

    /// <summary>How many fragments (PDF lines' pieces) the text was joined from.</summary>
    public int FragmentCount => _segments.Count;

    public void Append(string fragment, int offset, int? page)
    {
        fragment = fragment.Trim();
        if (fragment.Length == 0)
        {
            return;
        }

        if (_text.Length > 0)
        {
            var last = _text[^1];
            var first = fragment[0];
            if (last == '-' && _text.Length >= 2 && char.IsLetter(_text[^2]) && char.IsLower(first))
            {
                // "desk re-" + "views": the hyphen only broke the word at the margin.
                _text.Length--;
            }
            else if (!(last is '–' or '—' or '-' or '/' && char.IsDigit(first)))
            {
                _text.Append(' ');
            }
        }

        _segments.Add((_text.Length, offset, page));
        _text.Append(fragment);
    }

    /// <summary>The document offset and page of the character at <paramref name="index"/> of the joined text.</summary>
    public (int Offset, int? Page) Locate(int index)
    {
        for (var i = _segments.Count - 1; i >= 0; i--)
        {
            if (_segments[i].Index <= index)
            {
                return (_segments[i].Offset + (index - _segments[i].Index), _segments[i].Page);
            }
        }

        return _segments.Count > 0 ? (_segments[0].Offset, _segments[0].Page) : (0, null);
    }

    public void Clear()
    {
        _text.Clear();
        _segments.Clear();
    }
}
