namespace Sillage.Web.Pages.Partners.Events;

/// <summary>A page that shows the event form (<c>_EventFields</c>): field names come out as <c>Input.…</c>.</summary>
public interface IEventForm
{
    EventInput Input { get; }

    EventChoices? Choices { get; }
}
