using Microsoft.Playwright;

namespace Outflow.Web.Tests.Browser;

/// <summary>What a page did that it should not: opened a dialog (alert/confirm/prompt), threw, or logged an error (CSP violations included).</summary>
public sealed class PageProblems
{
    private readonly List<string> _dialogs = [];
    private readonly List<string> _errors = [];

    public PageProblems(IPage page)
    {
        page.Dialog += (_, dialog) =>
        {
            lock (_dialogs) _dialogs.Add($"{dialog.Type}: {dialog.Message}");
            _ = dialog.DismissAsync();
        };
        page.PageError += (_, error) => { lock (_errors) _errors.Add("page error: " + error); };
        page.Console += (_, message) =>
        {
            if (message.Type == "error") lock (_errors) _errors.Add("console error: " + message.Text);
        };
    }

    public IReadOnlyList<string> Dialogs { get { lock (_dialogs) return [.. _dialogs]; } }

    public IReadOnlyList<string> Errors { get { lock (_errors) return [.. _errors]; } }
}
