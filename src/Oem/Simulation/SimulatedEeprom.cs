using Oem.Chips.Eeprom;
using I2cBridge.Simulated;

namespace Oem.Simulation;

/// <summary>
/// Twin of a 24Cxx EEPROM: the first <see cref="EepromGeometry.AddressBytes"/> of a write message set the word
/// address; further bytes are a page write that wraps inside its page; reads are sequential and wrap at the end.
/// After a page write the part NACKs its address <see cref="WriteCycleNacks"/> times (the internal write cycle).
/// </summary>
public sealed class SimulatedEeprom : SimulatedI2cDevice
{
    private readonly byte[] _memory;
    private int _pointer;
    private int _busyPolls;

    public SimulatedEeprom(EepromGeometry geometry, ReadOnlySpan<byte> contents = default)
    {
        Geometry = geometry;
        _memory = new byte[geometry.Size];
        _memory.AsSpan().Fill(0xFF);
        contents.CopyTo(_memory);
    }

    public EepromGeometry Geometry { get; }

    /// <summary>Address NACKs after each page write before the part answers again.</summary>
    public int WriteCycleNacks { get; set; }

    /// <summary>Page writes performed so far.</summary>
    public int PageWrites { get; private set; }

    public ReadOnlySpan<byte> Contents => _memory;

    public override bool AcknowledgesAddress(bool read)
    {
        if (_busyPolls == 0)
            return true;
        _busyPolls--;
        return false;
    }

    public override void Write(ReadOnlySpan<byte> data)
    {
        if (data.Length < Geometry.AddressBytes)
            return;
        var address = 0;
        foreach (var b in data[..Geometry.AddressBytes])
            address = (address << 8) | b;
        _pointer = address % Geometry.Size;
        var page = data[Geometry.AddressBytes..];
        if (page.IsEmpty)
            return;
        var pageStart = _pointer - _pointer % Geometry.PageSize;
        foreach (var b in page)
        {
            _memory[_pointer] = b;
            _pointer = pageStart + (_pointer + 1 - pageStart) % Geometry.PageSize;
        }
        PageWrites++;
        _busyPolls = WriteCycleNacks;
    }

    public override void Read(Span<byte> data)
    {
        for (var i = 0; i < data.Length; i++)
        {
            data[i] = _memory[_pointer];
            _pointer = (_pointer + 1) % Geometry.Size;
        }
    }
}
