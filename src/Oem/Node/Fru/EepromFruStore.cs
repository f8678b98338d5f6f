using Oem.Chips.Eeprom;

namespace Oem.Node.Fru;

/// <summary>The FRU store on a 24Cxx EEPROM, limited to the profile's size.</summary>
public sealed class EepromFruStore(EepromDevice eeprom, int size) : IFruStore
{
    public int Size { get; } = size;

    public async ValueTask<byte[]> ReadAsync(int offset, int count, CancellationToken cancellationToken = default)
    {
        CheckRange(offset, count);
        var data = new byte[count];
        await eeprom.ReadAsync(offset, data, cancellationToken).ConfigureAwait(false);
        return data;
    }

    public ValueTask WriteAsync(int offset, ReadOnlyMemory<byte> data, CancellationToken cancellationToken = default)
    {
        CheckRange(offset, data.Length);
        return eeprom.WriteAsync(offset, data, cancellationToken);
    }

    private void CheckRange(int offset, int count)
    {
        if (offset < 0 || count < 0 || offset + count > Size)
            throw new ArgumentOutOfRangeException(nameof(offset), $"Bytes {offset}..{offset + count} are outside the {Size}-byte FRU area.");
    }
}
