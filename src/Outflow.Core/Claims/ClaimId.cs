using System.Security.Cryptography;
using System.Text;

namespace Outflow.Core.Claims;

/// <summary>Derives short stable claim identifiers from document name and character span.</summary>
public static class ClaimId
{
    public static string For(string doc, int start, int end)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes($"{doc}\u0000{start}\u0000{end}"), hash);
        return Convert.ToHexStringLower(hash[..6]);
    }
}
