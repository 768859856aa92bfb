namespace Sillage.Domain.Frameworks;

/// <summary>
/// Orders element codes the way a reader counts: the digit runs by value, so CRCN 2.2 comes before 2.10 and
/// MC SNO C2 before C10; the other characters ordinally. Codes of a framework are short, so no allocation.
/// </summary>
public sealed class ElementCodeOrder : IComparer<string>
{
    public static readonly ElementCodeOrder Instance = new();

    private ElementCodeOrder()
    {
    }

    public int Compare(string? x, string? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : -1) : 1;
        }

        int i = 0, j = 0;
        while (i < x.Length && j < y.Length)
        {
            if (char.IsAsciiDigit(x[i]) && char.IsAsciiDigit(y[j]))
            {
                var (a, nextI) = Number(x, i);
                var (b, nextJ) = Number(y, j);
                var byValue = a.CompareTo(b);
                if (byValue != 0)
                {
                    return byValue;
                }

                (i, j) = (nextI, nextJ);
                continue;
            }

            var byChar = x[i].CompareTo(y[j]);
            if (byChar != 0)
            {
                return byChar;
            }

            i++;
            j++;
        }

        return (x.Length - i).CompareTo(y.Length - j);
    }

    private static (long Value, int End) Number(string s, int start)
    {
        long value = 0;
        var end = start;
        for (; end < s.Length && char.IsAsciiDigit(s[end]); end++)
        {
            value = (value * 10) + (s[end] - '0');
        }

        return (value, end);
    }
}
