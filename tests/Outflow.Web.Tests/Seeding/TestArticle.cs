using Outflow.Core.Documents;

namespace Outflow.Web.Tests.Seeding;

/// <summary>A fictional article to ingest: its file name, raw text and the metadata docs.jsonl would give.</summary>
public sealed record TestArticle(string Name, string Text, DocumentMeta Meta);
