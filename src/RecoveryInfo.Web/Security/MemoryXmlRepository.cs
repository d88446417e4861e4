using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace RecoveryInfo.Web.Security;

/// <summary>
/// Keeps data-protection keys in memory. The site protects nothing that must outlive the process (no
/// logins, no cookies), yet the framework would otherwise write a key file under the user's home
/// folder at start-up; a site that may run on a read-only disk should write nothing at all.
/// </summary>
public sealed class MemoryXmlRepository : IXmlRepository
{
    private readonly Lock _lock = new();
    private readonly List<XElement> _elements = [];

    public IReadOnlyCollection<XElement> GetAllElements()
    {
        lock (_lock)
        {
            return [.. _elements.Select(element => new XElement(element))];
        }
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        lock (_lock)
        {
            _elements.Add(new XElement(element));
        }
    }
}
