namespace Ipmi.Lan.Commands;

/// <summary>Set User Name request (App 06h/45h), IPMI v2.0 §22.28, Table 22-35: user ID (bits 5:0), the name in 16 ASCII bytes, zero-padded. No response data.</summary>
public readonly record struct SetUserNameRequest(byte UserId, string Name)
{
    public const byte Command = 0x45;
    public const int Size =
        sizeof(byte) +                  // user ID
        UserNameField.Size;             // user name

    public int Length => Size;

    /// <summary>False for a wrong length or a field with bytes after its terminating zero.</summary>
    public static bool TryParse(ReadOnlySpan<byte> source, out SetUserNameRequest request)
    {
        request = default;
        if (source.Length != Size || !UserNameField.IsWellFormed(source[1..]))
            return false;
        request = new((byte)(source[0] & 0x3F), UserNameField.Read(source[1..]));
        return true;
    }

    public int WriteTo(Span<byte> destination)
    {
        destination[0] = (byte)(UserId & 0x3F);
        UserNameField.Write(Name, destination[1..]);
        return Size;
    }
}
