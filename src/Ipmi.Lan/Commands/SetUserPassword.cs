using Ipmi.Protocol;

namespace Ipmi.Lan.Commands;

/// <summary>Set User Password operations, IPMI v2.0 §22.30, Table 22-37, byte 2 bits 1:0.</summary>
public enum UserPasswordOperation : byte
{
    DisableUser = 0b00,
    EnableUser = 0b01,
    SetPassword = 0b10,
    TestPassword = 0b11,
}

/// <summary>
/// Set User Password request (App 06h/47h), IPMI v2.0 §22.30, Table 22-37: byte 1 bit 7 = 20-byte password
/// form, bits 5:0 user ID; byte 2 the operation (bits 1:0); then the password, zero-padded to 16 or 20 bytes
/// per bit 7 (required for set and test; ipmitool sends the field for enable and disable too). Completion
/// codes 80h "test failed: password incorrect" and 81h "test failed: wrong password size".
/// </summary>
public readonly record struct SetUserPasswordRequest(bool TwentyByteForm, byte UserId, UserPasswordOperation Operation, ReadOnlyMemory<byte> Password)
{
    public const byte Command = 0x47;
    public const int HeaderSize = 2;
    public const int ShortForm = 16;
    public const int LongForm = 20;
    public const CompletionCode TestFailed = CompletionCode.CommandSpecific80;
    public const CompletionCode WrongPasswordSize = CompletionCode.CommandSpecific81;

    /// <summary>The password field's size for this form.</summary>
    public int FieldSize => TwentyByteForm ? LongForm : ShortForm;

    public int Length => HeaderSize + (Password.IsEmpty ? 0 : FieldSize);

    /// <summary>The password with the zero padding removed.</summary>
    public ReadOnlySpan<byte> PasswordBytes
    {
        get
        {
            var span = Password.Span;
            var end = span.LastIndexOfAnyExcept((byte)0);
            return span[..(end + 1)];
        }
    }

    /// <summary>
    /// False when the data length fits neither "header only" (enable/disable) nor "header and the field of the
    /// size bit 7 names" — the caller answers C7h.
    /// </summary>
    public static bool TryParse(ReadOnlyMemory<byte> source, out SetUserPasswordRequest request)
    {
        request = default;
        var span = source.Span;
        if (span.Length < HeaderSize)
            return false;
        var twenty = (span[0] & 0x80) != 0;
        var operation = (UserPasswordOperation)(span[1] & 0x03);
        var field = twenty ? LongForm : ShortForm;
        var withPassword = span.Length == HeaderSize + field;
        if (!withPassword && !(span.Length == HeaderSize && operation is UserPasswordOperation.EnableUser or UserPasswordOperation.DisableUser))
            return false;
        request = new(twenty, (byte)(span[0] & 0x3F), operation, withPassword ? source[HeaderSize..] : ReadOnlyMemory<byte>.Empty);
        return true;
    }

    public int WriteTo(Span<byte> destination)
    {
        destination[0] = (byte)((TwentyByteForm ? 0x80 : 0) | (UserId & 0x3F));
        destination[1] = (byte)Operation;
        if (Password.IsEmpty)
            return HeaderSize;
        destination.Slice(HeaderSize, FieldSize).Clear();
        Password.Span.CopyTo(destination[HeaderSize..]);
        return Length;
    }
}
