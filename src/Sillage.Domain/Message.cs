using System.Globalization;

namespace Sillage.Domain;

/// <summary>
/// A text for the user, as a French template with <c>{0}</c> placeholders and its arguments. The domain has no
/// localiser: the web layer translates the template (the catalogue key) and formats the arguments, a nested
/// <see cref="Message"/> being translated too. <see cref="ToString"/> gives the French text.
/// </summary>
public sealed record Message(string Template, params object[] Args)
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public override string ToString() =>
        Args.Length == 0 ? Template : string.Format(French, Template, Args.Select(a => a is Message m ? m.ToString() : a).ToArray());
}
