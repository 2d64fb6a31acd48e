console.log('triangulate: not yet');
