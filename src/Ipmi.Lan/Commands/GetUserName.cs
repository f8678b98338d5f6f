using System.Text;

namespace Ipmi.Lan.Commands;

/// <summary>Get User Name request (App 06h/46h), IPMI v2.0 §22.29, Table 22-36: user ID (bits 5:0).</summary>
public readonly record struct GetUserNameRequest(byte UserId)
{
    public const byte Command = 0x46;
    public const int Size = 1;

    public int Length => Size;

    public static bool TryParse(ReadOnlySpan<byte> source, out GetUserNameRequest request)
    {
        request = default;
        if (source.Length != Size)
            return false;
        request = new((byte)(source[0] & 0x3F));
        return true;
    }

    public int WriteTo(Span<byte> destination)
    {
        destination[0] = UserId;
        return Size;
    }
}

/// <summary>Get User Name response data, IPMI v2.0 §22.29, Table 22-36: the name in 16 ASCII bytes, zero-padded (all zeros for a null name).</summary>
public readonly record struct GetUserNameResponse(string Name)
{
    public const int Size = 16;

    public int Length => Size;

    public static bool TryParse(ReadOnlySpan<byte> source, out GetUserNameResponse response)
    {
        response = default;
        if (source.Length != Size)
            return false;
        response = new(UserNameField.Read(source));
        return true;
    }

    public int WriteTo(Span<byte> destination) => UserNameField.Write(Name, destination);
}

/// <summary>The 16-byte user name field shared by Get and Set User Name (§22.28-22.29): ASCII, zero-padded.</summary>
public static class UserNameField
{
    public const int Size = 16;

    /// <summary>The name up to the first zero byte.</summary>
    public static string Read(ReadOnlySpan<byte> field)
    {
        field = field[..Size];
        var end = field.IndexOf((byte)0);
        return Encoding.ASCII.GetString(end < 0 ? field : field[..end]);
    }

    /// <summary>True when the bytes after the first zero are zero too (a name with an embedded NUL would not round-trip).</summary>
    public static bool IsWellFormed(ReadOnlySpan<byte> field)
    {
        field = field[..Size];
        var end = field.IndexOf((byte)0);
        return end < 0 || !field[end..].ContainsAnyExcept((byte)0);
    }

    public static int Write(string name, Span<byte> destination)
    {
        destination[..Size].Clear();
        Encoding.ASCII.GetBytes(name, destination);
        return Size;
    }
}
