using System.Buffers.Binary;
using I2cBridge;
using I2cBridge.Queue;

namespace Oem.Chips.Eeprom;

/// <summary>
/// A 24Cxx EEPROM. Reads are random reads (word address written, repeated START, sequential read) in chunks so one
/// long read does not hold the bus; writes are page writes split at page boundaries, each followed by acknowledge
/// polling until the internal write cycle (t_WR, 5 ms max) has ended.
/// </summary>
public sealed class EepromDevice
{
    /// <summary>Bytes per read transaction.</summary>
    public const int ReadChunk = 64;
    /// <summary>Acknowledge polls after a page write, 1 ms apart: twice the datasheet's 5 ms write cycle.</summary>
    public const int MaxWritePolls = 10;

    private readonly I2cBusQueue _queue;
    private readonly TimeProvider _time;

    public EepromDevice(I2cBusQueue queue, int address, EepromGeometry geometry, TimeProvider? time = null)
    {
        I2cAddress.Validate(address, nameof(address));
        _queue = queue;
        Address = address;
        Geometry = geometry;
        _time = time ?? TimeProvider.System;
    }

    public int Address { get; }

    public EepromGeometry Geometry { get; }

    public async ValueTask ReadAsync(int offset, Memory<byte> destination, CancellationToken cancellationToken = default)
    {
        CheckRange(offset, destination.Length);
        while (!destination.IsEmpty)
        {
            var chunk = destination[..Math.Min(ReadChunk, destination.Length)];
            await _queue.ExecuteAsync(static (bus, s) => s.Self.Read(bus, s.Offset, s.Chunk.Span), (Self: this, Offset: offset, Chunk: chunk),
                I2cTransactionOptions.Read, cancellationToken).ConfigureAwait(false);
            offset += chunk.Length;
            destination = destination[chunk.Length..];
        }
    }

    public async ValueTask WriteAsync(int offset, ReadOnlyMemory<byte> data, CancellationToken cancellationToken = default)
    {
        CheckRange(offset, data.Length);
        while (!data.IsEmpty)
        {
            var room = Geometry.PageSize - offset % Geometry.PageSize;
            var page = data[..Math.Min(room, data.Length)];
            await _queue.ExecuteAsync(static (bus, s) => s.Self.WritePage(bus, s.Offset, s.Page.Span), (Self: this, Offset: offset, Page: page),
                I2cTransactionOptions.Write, cancellationToken).ConfigureAwait(false);
            await WaitForWriteCycleAsync(cancellationToken).ConfigureAwait(false);
            offset += page.Length;
            data = data[page.Length..];
        }
    }

    private bool Read(I2cBus bus, int offset, Span<byte> destination)
    {
        Span<byte> address = stackalloc byte[Geometry.AddressBytes];
        WriteWordAddress(address, offset);
        bus.WriteRead(Address, address, destination);
        return true;
    }

    private bool WritePage(I2cBus bus, int offset, ReadOnlySpan<byte> page)
    {
        Span<byte> message = stackalloc byte[Geometry.AddressBytes + page.Length];
        WriteWordAddress(message, offset);
        page.CopyTo(message[Geometry.AddressBytes..]);
        bus.Write(Address, message);
        return true;
    }

    /// <summary>The part NACKs its address during the write cycle; an address-only write that is ACKed ends the wait.</summary>
    private async ValueTask WaitForWriteCycleAsync(CancellationToken cancellationToken)
    {
        for (var poll = 1; ; poll++)
        {
            try
            {
                await _queue.ExecuteAsync(static (bus, address) => { bus.Write(address, []); return true; }, Address,
                    I2cTransactionOptions.Write, cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (I2cException e) when (e.Failure == I2cFailure.Nack && poll < MaxWritePolls)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(1), _time, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private void WriteWordAddress(Span<byte> destination, int offset)
    {
        if (Geometry.AddressBytes == 1)
            destination[0] = (byte)offset;
        else
            BinaryPrimitives.WriteUInt16BigEndian(destination, (ushort)offset);
    }

    private void CheckRange(int offset, int count)
    {
        if (offset < 0 || count < 0 || offset + count > Geometry.Size)
            throw new ArgumentOutOfRangeException(nameof(offset), $"Bytes {offset}..{offset + count} are outside the {Geometry.Size}-byte EEPROM.");
    }
}
