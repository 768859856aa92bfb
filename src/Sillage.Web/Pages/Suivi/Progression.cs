using System.Globalization;
using System.Text;

namespace Sillage.Web.Pages.Suivi;

/// <summary>The learner's progression over time: for each week, how many compétences are acquired and the
/// average level, computed with the same rule at each week's end; drawn as a small server-side SVG.</summary>
public sealed record Progression(IReadOnlyList<Progression.Point> Points, int CompetenceCount, int MaxRank)
{
    public sealed record Point(DateOnly Week, int Acquired, double AverageLevel);

    public static Progression Compute(CohortSuivi data, Guid learner, DateOnly today)
    {
        var competences = data.Competences.ToList();
        var dates = data.Events.Where(e => e.Key.Learner == learner).SelectMany(e => e.Value).Select(e => e.ObservedOn).ToList();
        var maxRank = data.Scale.Max(l => l.Rank);
        if (dates.Count == 0 || competences.Count == 0)
        {
            return new([], competences.Count, maxRank);
        }

        var start = dates.Min().AddDays(-(int)dates.Min().DayOfWeek + 1);
        var points = new List<Point>();
        for (var week = start; week <= today.AddDays(6); week = week.AddDays(7))
        {
            var end = week.AddDays(6);
            var levels = competences.Select(c => data.CompetenceLevel(learner, c, end).Level).ToList();
            points.Add(new Point(week, levels.Count(l => l >= data.AcquiredRank), levels.Average()));
            if (points.Count > 60)
            {
                break;
            }
        }

        return new(points, competences.Count, maxRank);
    }

    /// <summary>Two lines (competences acquired, average level) on a 600×200 chart with labelled axes.</summary>
    public string Svg(string title, string acquiredLabel, string averageLabel)
    {
        const int width = 600, height = 220, left = 40, right = 40, top = 12, bottom = 40;
        var plotWidth = width - left - right;
        var plotHeight = height - top - bottom;
        var n = Math.Max(1, Points.Count - 1);
        string X(int i) => (left + (plotWidth * i / (double)n)).ToString("0.0", CultureInfo.InvariantCulture);
        string Y(double value, double max) => (top + plotHeight - (plotHeight * value / Math.Max(1, max))).ToString("0.0", CultureInfo.InvariantCulture);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"progression\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"{System.Net.WebUtility.HtmlEncode(title)}\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{left}\" y1=\"{top + plotHeight}\" x2=\"{width - right}\" y2=\"{top + plotHeight}\" stroke=\"#495057\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{left}\" y1=\"{top}\" x2=\"{left}\" y2=\"{top + plotHeight}\" stroke=\"#495057\"/>");
        for (var k = 0; k <= CompetenceCount; k += Math.Max(1, CompetenceCount / 3))
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{left - 6}\" y=\"{Y(k, CompetenceCount)}\" font-size=\"11\" text-anchor=\"end\" fill=\"#212529\">{k}</text>");
        }

        for (var r = 0; r <= MaxRank; r++)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{width - right + 6}\" y=\"{Y(r, MaxRank)}\" font-size=\"11\" fill=\"#0b5ed7\">{r}</text>");
        }

        var step = Math.Max(1, Points.Count / 6);
        for (var i = 0; i < Points.Count; i += step)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{X(i)}\" y=\"{height - bottom + 16}\" font-size=\"11\" text-anchor=\"middle\" fill=\"#212529\">{Points[i].Week:dd/MM}</text>");
        }

        svg.Append(CultureInfo.InvariantCulture, $"<polyline fill=\"none\" stroke=\"#0f5132\" stroke-width=\"3\" points=\"{string.Join(' ', Points.Select((p, i) => $"{X(i)},{Y(p.Acquired, CompetenceCount)}"))}\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<polyline fill=\"none\" stroke=\"#0b5ed7\" stroke-width=\"2\" stroke-dasharray=\"6 4\" points=\"{string.Join(' ', Points.Select((p, i) => $"{X(i)},{Y(p.AverageLevel, MaxRank)}"))}\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{left}\" y=\"{height - 6}\" font-size=\"12\" fill=\"#0f5132\">━ {System.Net.WebUtility.HtmlEncode(acquiredLabel)}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{left + 260}\" y=\"{height - 6}\" font-size=\"12\" fill=\"#0b5ed7\">╍ {System.Net.WebUtility.HtmlEncode(averageLabel)}</text>");
        svg.Append("</svg>");
        return svg.ToString();
    }
}
