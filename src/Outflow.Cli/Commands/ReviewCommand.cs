using System.CommandLine;
using Outflow.Store.Model;
using Spectre.Console;

namespace Outflow.Cli.Commands;

/// <summary>`outflow review CLAIM_ID --accept | --reject | --set field=value ... [--note] [--by]`: an append-only review.</summary>
public static class ReviewCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("claim-id") { Description = "The claim's id (from `outflow claims`)" };
        var accept = new Option<bool>("--accept") { Description = "Confirm the claim as extracted (or as corrected)" };
        var reject = new Option<bool>("--reject") { Description = "Reject the claim: it stays stored and listed, but estimates leave it out" };
        var set = new Option<string[]>("--set") { Description = "Correct a field: --set destination=KZ --set low=98000 (\"null\" clears)", AllowMultipleArgumentsPerToken = false };
        var note = new Option<string?>("--note") { Description = "Why" };
        var by = new Option<string?>("--by") { Description = "Reviewer name (default: $USER)" };
        var store = new StoreOptions();
        var cmd = new Command("review", "Accept, reject or correct a claim; the extractor's original is kept") { id, accept, reject, set, note, by };
        store.AddTo(cmd);
        cmd.SetAction((r, ct) => StoreOptions.Run(async () =>
        {
            var changes = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var pair in r.GetValue(set) ?? [])
            {
                var eq = pair.IndexOf('=');
                if (eq <= 0) throw new ArgumentException($"--set '{pair}': write field=value");
                changes[pair[..eq].Trim().ToLowerInvariant()] = pair[(eq + 1)..];
            }
            var actions = (r.GetValue(accept) ? 1 : 0) + (r.GetValue(reject) ? 1 : 0) + (changes.Count > 0 ? 1 : 0);
            if (actions != 1) throw new ArgumentException("give exactly one of --accept, --reject or --set field=value");
            var action = r.GetValue(accept) ? ReviewAction.Accept : r.GetValue(reject) ? ReviewAction.Reject : ReviewAction.Set;
            var reviewer = r.GetValue(by) ?? Environment.GetEnvironmentVariable("USER") ?? Environment.UserName;
            await using var s = await store.OpenAsync(r, ct);
            var detail = await s.ReviewAsync(new ReviewRequest(r.GetValue(id)!.Trim(), action, changes, r.GetValue(note), reviewer), ct);
            ShowCommand.Render(detail, AnsiConsole.Console);
            return 0;
        }));
        return cmd;
    }
}
