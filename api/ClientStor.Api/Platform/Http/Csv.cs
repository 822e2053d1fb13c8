namespace ClientStor.Api.Platform.Http;

/// <summary>RFC 4180 CSV fields, safe to open in a spreadsheet.</summary>
public static class Csv
{
    /// <summary>
    /// One field: text a spreadsheet would run as a formula (leading = + - @, tab or CR) is prefixed with a
    /// quote; fields with commas, quotes or line breaks are quoted with inner quotes doubled.
    /// </summary>
    public static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value))
            return "";
        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
            value = "'" + value;
        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }

    /// <summary>Splits one CSV record (RFC 4180 quoting); null at end of input. Handles quoted line breaks.</summary>
    public static List<string>? ReadRecord(TextReader reader)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        var any = false;
        while (true)
        {
            var c = reader.Read();
            if (c < 0)
            {
                if (!any && field.Length == 0 && fields.Count == 0)
                    return null;
                fields.Add(field.ToString());
                return fields;
            }
            any = true;
            var ch = (char)c;
            if (quoted)
            {
                if (ch == '"')
                {
                    if (reader.Peek() == '"') { reader.Read(); field.Append('"'); }
                    else quoted = false;
                }
                else field.Append(ch);
                continue;
            }
            switch (ch)
            {
                case '"' when field.Length == 0: quoted = true; break;
                case ',': fields.Add(field.ToString()); field.Clear(); break;
                case '\r': break;
                case '\n': fields.Add(field.ToString()); return fields;
                default: field.Append(ch); break;
            }
        }
    }
}
