using System.Text;

namespace SmeNotebooks.Data;

/// <summary>Splits one CSV line into fields (RFC 4180: fields may be quoted, "" inside quotes is a quote).</summary>
internal static class CsvLine
{
    public static IReadOnlyList<string> Split(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char ch = line[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < line.Length && line[i + 1] == '"') { field.Append('"'); i++; }
                else if (ch == '"') quoted = false;
                else field.Append(ch);
            }
            else if (ch == '"') quoted = true;
            else if (ch == ',') { fields.Add(field.ToString()); field.Clear(); }
            else field.Append(ch);
        }
        fields.Add(field.ToString().TrimEnd('\r'));
        return fields;
    }
}
