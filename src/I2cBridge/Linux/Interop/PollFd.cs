using System.Runtime.InteropServices;

namespace I2cBridge.Linux.Interop;

/// <summary>struct pollfd from &lt;poll.h&gt;.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct PollFd
{
    public int fd;
    public short events;
    public short revents;
}
