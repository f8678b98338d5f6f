using Ipmi.Protocol;

namespace Ipmi.Lan.Commands;

/// <summary>
/// Set Session Privilege Level (App 06h/3Bh), IPMI v2.0 §22.18, Table 22-26: the requested level (bits 3:0,
/// 0 = no change, just report); the response carries the new operating level. Completion codes 80h
/// (level not available for this user) and 81h (exceeds the user's or channel's limit).
/// </summary>
public readonly record struct SetSessionPrivilegeLevelRequest(PrivilegeLevel Level)
{
    public const byte Command = 0x3B;
    public const int Size = 1;
    public const CompletionCode NotAvailableForUser = CompletionCode.CommandSpecific80;
    public const CompletionCode ExceedsLimit = CompletionCode.CommandSpecific81;

    public int Length => Size;

    public static bool TryParse(ReadOnlySpan<byte> source, out SetSessionPrivilegeLevelRequest request)
    {
        request = default;
        if (source.Length != Size || (source[0] & 0xF0) != 0)
            return false;
        request = new((PrivilegeLevel)source[0]);
        return true;
    }

    public int WriteTo(Span<byte> destination)
    {
        destination[0] = (byte)Level;
        return Size;
    }
}
