using Oem.State;

namespace Oem.Handlers.SystemInfo;

/// <summary>
/// The string system info parameters 1-7 (IPMI v2.0 §22.14a, Table 22-16a), persisted in system-info.json, in the
/// block layout of the wire: block 0 holds the encoding, the total length and the first 14 bytes; block n ≥ 1 the
/// next 16. Strings are at most <see cref="MaxLength"/> bytes.
/// </summary>
public sealed class SystemInfoStore(StateFile<SystemInfoState> file)
{
    public const int BlockLength = 16;
    public const int FirstBlockText = BlockLength - 2;
    public const int MaxBlocks = 16;
    public const int MaxLength = FirstBlockText + (MaxBlocks - 1) * BlockLength;

    private readonly Lock _lock = new();
    private SystemInfoState _state = file.Load(() => new SystemInfoState());

    /// <summary>The 16 bytes of block <paramref name="block"/> of a parameter (zeros past the string).</summary>
    public byte[] ReadBlock(int parameter, int block)
    {
        var data = new byte[BlockLength];
        lock (_lock)
        {
            var value = _state.Strings.GetValueOrDefault(parameter) ?? new SystemInfoString(0, []);
            if (block == 0)
            {
                data[0] = (byte)(value.Encoding & 0x0F);
                data[1] = (byte)value.Bytes.Length;
                value.Bytes.AsSpan(0, Math.Min(FirstBlockText, value.Bytes.Length)).CopyTo(data.AsSpan(2));
            }
            else
            {
                var start = FirstBlockText + (block - 1) * BlockLength;
                if (start < value.Bytes.Length)
                    value.Bytes.AsSpan(start, Math.Min(BlockLength, value.Bytes.Length - start)).CopyTo(data);
            }
        }
        return data;
    }

    /// <summary>Writes block <paramref name="block"/>; block 0 also sets the encoding and the length. False when the length is too long.</summary>
    public bool WriteBlock(int parameter, int block, ReadOnlySpan<byte> data)
    {
        lock (_lock)
        {
            var value = _state.Strings.GetValueOrDefault(parameter) ?? new SystemInfoString(0, []);
            byte[] bytes;
            if (block == 0)
            {
                if (data.Length < 2 || data[1] > MaxLength)
                    return false;
                bytes = new byte[data[1]];
                value.Bytes.AsSpan(0, Math.Min(bytes.Length, value.Bytes.Length)).CopyTo(bytes);
                var text = data[2..];
                text[..Math.Min(text.Length, Math.Min(FirstBlockText, bytes.Length))].CopyTo(bytes);
                value = new SystemInfoString((byte)(data[0] & 0x0F), bytes);
            }
            else
            {
                bytes = (byte[])value.Bytes.Clone();
                var start = FirstBlockText + (block - 1) * BlockLength;
                if (start < bytes.Length)
                    data[..Math.Min(data.Length, bytes.Length - start)].CopyTo(bytes.AsSpan(start));
                value = value with { Bytes = bytes };
            }
            var strings = new Dictionary<int, SystemInfoString>(_state.Strings) { [parameter] = value };
            var state = _state with { Strings = strings };
            file.Save(state);
            _state = state;
            return true;
        }
    }
}
